import type { Category } from '../catalogue'
import type { Severity } from '../design/types'

/**
 * Colours of the exported picture: the canvas's theme tokens (src/renderer/src/styles/theme.css), so an export
 * looks like the screen it came from. Keep the two in step when a token changes.
 */
export interface SvgPalette {
  background: string
  surface: string
  text: string
  muted: string
  faint: string
  border: string
  borderStrong: string
  chip: string
  zoneStroke: string
  zoneFill: string
  regionFill: string
  edge: string
  edgeOptional: string
  badgeText: string
  category: Readonly<Record<Category, string>>
  severity: Readonly<Record<Severity, string>>
  cap: Readonly<Record<string, { fill: string; text: string }>>
}

export const LIGHT: SvgPalette = {
  background: '#f7f8fa',
  surface: '#ffffff',
  text: '#1d2127',
  muted: '#5b6470',
  faint: '#6b7380',
  border: '#dfe2e7',
  borderStrong: '#c3c8d0',
  chip: '#eceef2',
  zoneStroke: 'rgba(91, 102, 117, 0.7)',
  zoneFill: 'rgba(91, 102, 117, 0.06)',
  regionFill: 'rgba(36, 88, 211, 0.04)',
  edge: '#6b7280',
  edgeOptional: '#a4aab3',
  badgeText: '#ffffff',
  category: {
    edge: '#0b7285',
    compute: '#6d3fd6',
    data: '#0b7a55',
    messaging: '#b45309',
    observability: '#be185d',
    zone: '#5b6675',
  },
  severity: { error: '#c4281c', warning: '#a15c00', info: '#2458d3' },
  cap: {
    CP: { fill: '#e4ebfb', text: '#1f4fbf' },
    AP: { fill: '#fbefdc', text: '#8a4f00' },
    CA: { fill: '#eceef2', text: '#4b5462' },
  },
}

export const DARK: SvgPalette = {
  background: '#16181b',
  surface: '#25282e',
  text: '#e5e7eb',
  muted: '#a3a9b3',
  faint: '#959ca7',
  border: '#32363e',
  borderStrong: '#474d57',
  chip: '#2c3037',
  zoneStroke: 'rgba(141, 151, 165, 0.7)',
  zoneFill: 'rgba(141, 151, 165, 0.07)',
  regionFill: 'rgba(111, 157, 255, 0.06)',
  edge: '#8f96a1',
  edgeOptional: '#5f6670',
  badgeText: '#16181b',
  category: {
    edge: '#3bc9db',
    compute: '#a88bfa',
    data: '#38d39f',
    messaging: '#f5a524',
    observability: '#f472b6',
    zone: '#8d97a5',
  },
  severity: { error: '#ff7b72', warning: '#e3a341', info: '#6f9dff' },
  cap: {
    CP: { fill: '#22304f', text: '#a9c2ff' },
    AP: { fill: '#3a2e17', text: '#f0c070' },
    CA: { fill: '#2c3037', text: '#c2c8d0' },
  },
}

// Arial's metrics on every platform (Helvetica on macOS, Arial on Windows, Liberation Sans, metric-compatible, on
// Linux): text widths are estimated without a font engine, and system-ui fonts (DejaVu, Segoe) run wider, so a
// label that fits under Arial overflowed its card when Chromium picked system-ui.
export const FONT_FAMILY = "Arial, Helvetica, 'Liberation Sans', 'Helvetica Neue', sans-serif"


export const MONO_FAMILY = "ui-monospace, 'SF Mono', 'Cascadia Code', Menlo, Consolas, 'DejaVu Sans Mono', monospace"

/** The category colour mixed into the surface at 12%, as the canvas's icon tile does with color-mix(). */
export function tintColour(hex: string, surface: string, amount = 0.12): string {
  const parse = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
  const [a, b] = [parse(hex), parse(surface)]
  const mixed = a.map((channel, i) => Math.round(channel * amount + b[i] * (1 - amount)))
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}
