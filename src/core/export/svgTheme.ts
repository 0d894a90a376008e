import type { Category } from '../catalogue'
import type { Severity } from '../design/types'
import type { Heat } from '../picture/marks'
import type { NodeState } from '../picture/scenario'
import { SHARED_TOKENS, THEMES, type ThemeName, type ThemeTokens } from '../picture/theme'

/**
 * Colours of the exported picture, named for what they paint and taken from core/picture/theme.ts: the same
 * tokens the canvas's CSS custom properties are made of, so an export looks like the screen it came from.
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
  severitySoft: Readonly<Record<Severity, string>>
  heat: Readonly<Record<Heat, string>>
  /** A CAP label's colour, on a chip of the surface colour (CP: data, AP: messaging, else muted). */
  cap: Readonly<Record<string, string>>
  /** What-if states: the chip's colour, a down card's outline; `downFill` tints a down card. */
  state: Readonly<Record<NodeState, string>>
  downFill: string
}

export function paletteOf(tokens: ThemeTokens): SvgPalette {
  return {
    background: tokens['bg-canvas'],
    surface: tokens['bg-surface'],
    text: tokens.text,
    muted: tokens['text-muted'],
    faint: tokens['text-faint'],
    border: tokens.border,
    borderStrong: tokens['border-strong'],
    chip: tokens['bg-hover'],
    zoneStroke: tokens['zone-stroke'],
    zoneFill: tokens['zone-bg'],
    regionFill: tokens['zone-region-bg'],
    edge: tokens.edge,
    edgeOptional: tokens['edge-optional'],
    badgeText: tokens['badge-text'],
    category: {
      edge: tokens['cat-edge'],
      compute: tokens['cat-compute'],
      data: tokens['cat-data'],
      messaging: tokens['cat-messaging'],
      observability: tokens['cat-observability'],
      zone: tokens['cat-zone'],
    },
    severity: { error: tokens['sev-error'], warning: tokens['sev-warning'], info: tokens['sev-info'] },
    severitySoft: { error: tokens['sev-error-soft'], warning: tokens['sev-warning-soft'], info: tokens['sev-info-soft'] },
    heat: { cool: tokens['heat-cool'], warm: tokens['heat-warm'], hot: tokens['heat-hot'], none: tokens['heat-none'] },
    cap: { CP: tokens['cat-data'], AP: tokens['cat-messaging'], CA: tokens['text-muted'] },
    state: { up: tokens['state-up'], down: tokens['state-down'], degraded: tokens['state-degraded'], stalled: tokens['state-stalled'] },
    downFill: tokens['state-down-soft'],
  }
}

export const PALETTES: Readonly<Record<ThemeName, SvgPalette>> = { light: paletteOf(THEMES.light), dark: paletteOf(THEMES.dark) }

export const FONT_FAMILY = SHARED_TOKENS['font-picture']
export const MONO_FAMILY = SHARED_TOKENS['font-mono']

/**
 * `amount` of a colour mixed into a solid background, as CSS color-mix(in srgb, colour amount%, background)
 * does on the canvas. Hex colours only (every token the picture mixes is one).
 */
export function tintColour(hex: string, surface: string, amount = 0.12): string {
  const parse = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16))
  const [a, b] = [parse(hex), parse(surface)]
  const mixed = a.map((channel, i) => Math.round(channel * amount + b[i] * (1 - amount)))
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}
