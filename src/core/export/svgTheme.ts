import type { Category } from '../catalogue'
import type { Severity } from '../design/types'

/** Colours of the exported picture; they follow the app's light and dark themes. */
export interface SvgPalette {
  background: string
  text: string
  muted: string
  cardFill: string
  cardStroke: string
  stackStroke: string
  zoneFill: string
  zoneStroke: string
  zoneText: string
  edge: string
  pillFill: string
  pillStroke: string
  badgeText: string
  accent: Readonly<Record<Category, string>>
  accentTint: Readonly<Record<Category, string>>
  severity: Readonly<Record<Severity, string>>
  cap: Readonly<Record<string, { fill: string; text: string }>>
}

export const LIGHT: SvgPalette = {
  background: '#f8f9fb',
  text: '#1f2328',
  muted: '#6a7280',
  cardFill: '#ffffff',
  cardStroke: '#d5d9e0',
  stackStroke: '#dfe2e8',
  zoneFill: 'rgba(100, 116, 139, 0.06)',
  zoneStroke: '#c4cad4',
  zoneText: '#4b5563',
  edge: '#8a94a3',
  pillFill: '#ffffff',
  pillStroke: '#dfe2e8',
  badgeText: '#ffffff',
  accent: {
    edge: '#2563eb',
    compute: '#7c3aed',
    data: '#059669',
    messaging: '#c2410c',
    observability: '#0e7490',
    zone: '#64748b',
  },
  accentTint: {
    edge: '#e8effd',
    compute: '#f0eafd',
    data: '#e4f5ee',
    messaging: '#fbeee6',
    observability: '#e2f2f5',
    zone: '#eef1f4',
  },
  severity: { error: '#d92d20', warning: '#c77700', info: '#2e6fd8' },
  cap: {
    CP: { fill: '#e6edfb', text: '#1d4ed8' },
    AP: { fill: '#fdf0dc', text: '#a15c00' },
    CA: { fill: '#eceff3', text: '#475467' },
  },
}

export const DARK: SvgPalette = {
  background: '#101217',
  text: '#e7e9ee',
  muted: '#98a0ad',
  cardFill: '#1a1d24',
  cardStroke: '#323843',
  stackStroke: '#2a2f38',
  zoneFill: 'rgba(148, 163, 184, 0.07)',
  zoneStroke: '#3a414d',
  zoneText: '#aab2bf',
  edge: '#6f7886',
  pillFill: '#1a1d24',
  pillStroke: '#323843',
  badgeText: '#101217',
  accent: {
    edge: '#6ea1ff',
    compute: '#b08cff',
    data: '#3fcf9a',
    messaging: '#ff9a5c',
    observability: '#3cc4dc',
    zone: '#94a3b8',
  },
  accentTint: {
    edge: '#1c2a45',
    compute: '#29213f',
    data: '#15342a',
    messaging: '#3a2519',
    observability: '#15323a',
    zone: '#232831',
  },
  severity: { error: '#ff6b60', warning: '#f5b13d', info: '#6ea1ff' },
  cap: {
    CP: { fill: '#1e2b4a', text: '#9dbbff' },
    AP: { fill: '#3a2c14', text: '#f5c26b' },
    CA: { fill: '#272c35', text: '#b8c0cc' },
  },
}

export const FONT_FAMILY =
  "Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, " +
  "'Liberation Sans', 'DejaVu Sans', sans-serif"
