/**
 * The design as a self-contained SVG: core/picture's model (zones, cards, edges, the analysis' marks) written
 * as markup, for `archsight export` and the app's SVG/PNG export. Invariant: the output is plain markup and
 * nothing else: no script, no event attribute, no foreignObject, no external reference; every label is escaped
 * text. Every fact drawn comes from the picture; this file only decides markup and paint order.
 */
import type { Design } from '../design/types'
import { buildPicture, type PictureOptions } from '../picture/picture'
import type { PictureAnalysis } from '../picture/marks'
import { renderEdgeLine, renderPill } from './svgEdges'
import { renderLegend } from './svgLegend'
import { renderNodeCard, renderZone } from './svgNodes'
import { escapeXml, formatAttributes, formatNumber } from './svgText'
import { FONT_FAMILY, PALETTES } from './svgTheme'

export interface SvgOptions extends PictureOptions {
  /** Paint the theme's background (default true); false leaves it transparent. */
  background?: boolean
  analysis?: PictureAnalysis
  legend?: boolean
  /** What the analysis was run under ("Load ×50"), named in the legend; none for the design as it is. */
  scenarios?: readonly string[]
  padding?: number
}

export type { EdgeRouteInput } from '../picture/edgeGeometry'

export interface SvgResult {
  svg: string
  width: number
  height: number
  /** The colour under everything when the theme's background is painted: a PNG of it needs no alpha channel. */
  background?: string
}

export function renderDesignSvg(design: Design, options: SvgOptions = {}): SvgResult {
  const picture = buildPicture(design, options.analysis, options)
  const palette = PALETTES[picture.theme]
  const padding = options.padding ?? 32
  const bounds = picture.bounds ?? { x: 0, y: 0, width: 240, height: 80 }
  // The SPOF ring reaches a few pixels past a card on every side.
  const originX = bounds.x - padding - 6
  const originY = bounds.y - padding - 6

  const legend = options.legend ? renderLegend(design, options.analysis, palette, options.scenarios, picture.whatIf) : undefined
  const diagramWidth = bounds.width + 2 * padding + 12
  const diagramHeight = bounds.height + 2 * padding + 12
  const width = Math.ceil(Math.max(diagramWidth, legend ? legend.width + 2 * padding : 0))
  const height = Math.ceil(diagramHeight + (legend ? legend.height + padding : 0))

  // Paint order: zones under everything, edges under the cards they join, pills over both.
  const body: string[] = []
  for (const zone of picture.zones) body.push(renderZone(zone, palette))
  for (const edge of picture.edges) body.push(renderEdgeLine(edge, palette))
  picture.cards.forEach((card, index) => body.push(renderNodeCard(card, palette, index)))
  for (const edge of picture.edges) body.push(renderPill(edge, palette))

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg"${formatAttributes({ width, height, viewBox: `0 0 ${width} ${height}` })}` +
      `${formatAttributes({ 'font-family': FONT_FAMILY, role: 'img', 'aria-label': design.name })}>`,
    `<title>${escapeXml(design.name)}</title>`,
  ]
  if (options.background !== false)
    out.push(`<rect width="100%" height="100%"${formatAttributes({ fill: palette.background })}/>`)
  // Not out.push(...body): a 50,000-node picture would overflow the argument list.
  out.push(`<g transform="translate(${formatNumber(-originX)} ${formatNumber(-originY)})">`, body.join('\n'), '</g>')
  if (legend) out.push(`<g transform="translate(${padding} ${formatNumber(diagramHeight)})">${legend.svg}</g>`)
  out.push('</svg>')
  return { svg: out.join('\n'), width, height, background: options.background !== false ? palette.background : undefined }
}
