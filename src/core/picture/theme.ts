/**
 * The theme tokens, defined once: the renderer writes them as CSS custom properties (`--bg-surface`, ...; see
 * renderer/src/styles/themeTokens.ts) and the exported SVG takes its colours from the same records
 * (core/export/svgTheme.ts), so a picture looks like the screen it came from. Colours keep 4.5:1 for text on
 * their surfaces and 3:1 for borders, edges and marks that carry meaning, in both themes.
 */

export type ThemeName = 'light' | 'dark'

/** Tokens the same in both themes. */
export const SHARED_TOKENS = {
  'font-ui': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  'font-mono': "ui-monospace, 'SF Mono', 'Cascadia Code', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
  // Arial's metrics on every platform (Helvetica on macOS, Arial on Windows, metric-compatible Liberation Sans
  // on Linux): core/picture estimates text widths without a font engine to wrap and cut card labels, so the
  // cards on the canvas and in the export both use this font and break their lines in the same places.
  'font-picture': "Arial, Helvetica, 'Liberation Sans', 'Helvetica Neue', sans-serif",
  'radius-s': '4px',
  'radius-m': '6px',
  'radius-l': '10px',
  'edge-selected': 'var(--accent)',
} as const

const LIGHT = {
  'bg-chrome': '#f3f4f6',
  'bg-panel': '#fbfbfc',
  'bg-surface': '#ffffff',
  'bg-canvas': '#f7f8fa',
  'bg-hover': '#eceef2',
  'bg-active': '#e2e6ee',
  'bg-input': '#ffffff',
  border: '#dfe2e7',
  'border-strong': '#c3c8d0',
  text: '#1d2127',
  'text-muted': '#5b6470',
  'text-faint': '#6b7380',
  accent: '#2458d3',
  'accent-soft': 'rgba(36, 88, 211, 0.1)',
  'accent-text': '#ffffff',
  focus: '#2458d3',
  danger: '#c4281c',
  'danger-soft': '#fdecea',
  warning: '#a15c00',
  dot: '#d3d7de',
  edge: '#6b7280',
  'edge-optional': '#878d96',
  'shadow-card': '0 1px 2px rgba(16, 24, 40, 0.06), 0 1px 3px rgba(16, 24, 40, 0.08)',
  // One shadow instead of two, for the canvas zoomed farthest out (styles/canvasFar.css), where a blur is a pixel.
  'shadow-card-far': '0 1px 2px rgba(16, 24, 40, 0.1)',
  'shadow-pop': '0 8px 24px rgba(16, 24, 40, 0.16)',
  'cat-edge': '#0b7285',
  'cat-compute': '#6d3fd6',
  'cat-data': '#0b7a55',
  'cat-messaging': '#b45309',
  'cat-observability': '#be185d',
  'cat-zone': '#5b6675',
  'zone-stroke': 'rgba(91, 102, 117, 0.7)',
  'zone-bg': 'rgba(91, 102, 117, 0.06)',
  'zone-region-bg': 'rgba(36, 88, 211, 0.04)',
  'sev-error': '#c4281c',
  'sev-warning': '#b25e00',
  'sev-info': '#2458d3',
  'sev-error-soft': '#fdecea',
  'sev-warning-soft': '#fdf3e4',
  'sev-info-soft': '#eaf0fc',
  'badge-text': '#ffffff',
  'heat-cool': '#1f8a4c',
  'heat-warm': '#c27803',
  'heat-hot': '#d0312d',
  'heat-none': '#8b939f',
  // The inspector's note on a single point of failure, by scope: user requests fail, or background work stops.
  'spof-user': '#c4281c',
  'spof-background': '#c27803',
  // What-if states (issue 12): each also carries an icon and a word, never the colour alone.
  'state-up': '#1f8a4c',
  'state-down': '#c4281c',
  'state-down-soft': '#fdecea',
  'state-degraded': '#a15c00',
  'state-stalled': '#6b4fbb',
}

export type ThemeTokens = Readonly<typeof LIGHT>

const DARK: ThemeTokens = {
  'bg-chrome': '#1a1c20',
  'bg-panel': '#1e2025',
  'bg-surface': '#25282e',
  'bg-canvas': '#16181b',
  'bg-hover': '#2c3037',
  'bg-active': '#343a44',
  'bg-input': '#1a1c20',
  border: '#32363e',
  'border-strong': '#474d57',
  text: '#e5e7eb',
  'text-muted': '#a3a9b3',
  'text-faint': '#959ca7',
  accent: '#6f9dff',
  'accent-soft': 'rgba(111, 157, 255, 0.14)',
  'accent-text': '#0f1a33',
  focus: '#8cb0ff',
  danger: '#ff7b72',
  'danger-soft': '#3a1d1c',
  warning: '#e3a341',
  dot: '#2c3037',
  edge: '#8f96a1',
  'edge-optional': '#5f6670',
  'shadow-card': '0 1px 2px rgba(0, 0, 0, 0.4)',
  'shadow-card-far': '0 1px 2px rgba(0, 0, 0, 0.4)',
  'shadow-pop': '0 8px 24px rgba(0, 0, 0, 0.5)',
  'cat-edge': '#3bc9db',
  'cat-compute': '#a88bfa',
  'cat-data': '#38d39f',
  'cat-messaging': '#f5a524',
  'cat-observability': '#f472b6',
  'cat-zone': '#8d97a5',
  'zone-stroke': 'rgba(141, 151, 165, 0.7)',
  'zone-bg': 'rgba(141, 151, 165, 0.07)',
  'zone-region-bg': 'rgba(111, 157, 255, 0.05)',
  'sev-error': '#ff7b72',
  'sev-warning': '#e3a341',
  'sev-info': '#79a4ff',
  'sev-error-soft': '#3a1d1c',
  'sev-warning-soft': '#3a2c15',
  'sev-info-soft': '#1c2740',
  'badge-text': '#16181b',
  'heat-cool': '#3fb968',
  'heat-warm': '#e3a341',
  'heat-hot': '#ff6b63',
  'heat-none': '#6b7380',
  'spof-user': '#ff7b72',
  'spof-background': '#e3a341',
  'state-up': '#3fb968',
  'state-down': '#ff7b72',
  'state-down-soft': '#3a1d1c',
  'state-degraded': '#e3a341',
  'state-stalled': '#b39dff',
}

export const THEMES: Readonly<Record<ThemeName, ThemeTokens>> = { light: LIGHT, dark: DARK }

export type ThemeToken = keyof ThemeTokens

/**
 * The colour families a mark takes one member of by class (a card's category, a finding's severity, a failure
 * state, a heat band) and the variable that class sets, so a mark reads `var(--severity)` whatever the
 * severity, and a new member needs no rule written by hand beside its token.
 */
const FAMILY_VARIABLES = { cat: 'cat-color', sev: 'severity', state: 'state-colour', heat: 'heat' } as const
const FAMILY_MEMBER = /^(cat|sev|state|heat)-[a-z]+$/

/**
 * `:root { --name: value; ... }` for light, `:root[data-theme='dark'] { ... }` for dark: the renderer's variables;
 * then `.sev-error { --severity: var(--sev-error); }` for each member of a family.
 */
export function formatThemeCss(): string {
  const block = (selector: string, tokens: Readonly<Record<string, string>>, extra: string) =>
    `${selector} {\n${Object.entries(tokens)
      .map(([name, value]) => `  --${name}: ${value};\n`)
      .join('')}${extra}}\n`
  const families = Object.keys(LIGHT)
    .map((name) => FAMILY_MEMBER.exec(name))
    .filter((match) => match !== null)
    .map(([name, family]) => block(`.${name}`, { [FAMILY_VARIABLES[family as keyof typeof FAMILY_VARIABLES]]: `var(--${name})` }, ''))
  return (
    block(':root', { ...SHARED_TOKENS, ...LIGHT }, '  color-scheme: light;\n') +
    block(":root[data-theme='dark']", DARK, '  color-scheme: dark;\n') +
    families.join('')
  )
}
