import type { ExportScale } from './rasterSize'

/** What the export dialog asks; kept between openings so a second export repeats the first one's choices. */

export type ExportFormat = 'png' | 'svg' | 'json' | 'drawio'
export type ExportTheme = 'light' | 'dark'

export interface ExportSettings {
  format: ExportFormat
  scale: ExportScale
  theme: ExportTheme
  /** Paint the theme's background; off = transparent (PNG) or no background rect (SVG). */
  background: boolean
  /** The design summary (CAP, workload, finding counts) under the picture. */
  legend: boolean
}

export const FORMAT_INFO: Readonly<Record<ExportFormat, { label: string; extension: string; mimeType: string }>> = {
  png: { label: 'PNG', extension: 'png', mimeType: 'image/png' },
  svg: { label: 'SVG', extension: 'svg', mimeType: 'image/svg+xml' },
  json: { label: 'JSON', extension: 'json', mimeType: 'application/json' },
  drawio: { label: 'draw.io', extension: 'drawio', mimeType: 'application/vnd.jgraph.mxfile' },
}

/** A file name from the design's name: no path separators or characters Windows refuses, never empty. */
export function suggestBaseName(designName: string): string {
  const cleaned = [...designName]
    .map((char) => (char.charCodeAt(0) < 32 ? ' ' : char))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
  return cleaned.slice(0, 120) || 'design'
}

/** The typed name with this format's extension (a typed .png/.svg/.json/.archsight is replaced, not doubled). */
export function withExtension(name: string, format: ExportFormat): string {
  const base = suggestBaseName(name.replace(/\.(png|svg|json|archsight|drawio)$/i, ''))
  return `${base}.${FORMAT_INFO[format].extension}`
}

/** PNG and SVG are pictures (scale, theme, background, legend apply); JSON and draw.io are editable files. */
export function isPictureFormat(format: ExportFormat): boolean {
  return format === 'png' || format === 'svg'
}
