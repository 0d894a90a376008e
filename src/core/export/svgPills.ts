import type { Rect } from '../design/geometry'
import { describeEdgeMark } from '../design/edges'
import type { DesignEdge } from '../design/types'
import { boundArrowhead, placePill } from './svgEdges'
import { RectIndex } from './rectIndex'
import type { EdgePath } from './svgPaths'
import { drawElement, drawText, estimateTextWidth, renderIcon, truncateText } from './svgText'
import { MONO_FAMILY, type SvgPalette } from './svgTheme'

/** An edge's label pill as the canvas draws it: R/W/RW, a lock for strong consistency, then the edge's label. */
export interface EdgePill {
  rect: Rect
  marker: string
  markerWidth: number
  isStrong: boolean
  label: string
}

const PILL_HEIGHT = 18
const PADDING = 6
const GAP = 4
const LOCK_SIZE = 10
/** The canvas caps a label pill at 180 px and ellipsises the text. */
const MAX_LABEL_WIDTH = 180 - 2 * PADDING - 2 * GAP - 30

/** Pills are placed before the picture is sized, so a pill pushed beside a card still fits in the frame. */
export function layoutPills(
  edges: readonly DesignEdge[],
  paths: ReadonlyMap<string, EdgePath>,
  cards: readonly Rect[],
): Map<string, EdgePill> {
  const obstacles = new RectIndex(cards)
  for (const path of paths.values()) obstacles.add(boundArrowhead(path))
  const pills = new Map<string, EdgePill>()
  for (const edge of edges) {
    const path = paths.get(edge.id)
    if (!path) continue
    const marker = describeEdgeMark(edge)
    const isStrong = edge.consistency === 'strong'
    const label = edge.label?.trim() ? truncateText(edge.label.trim(), MAX_LABEL_WIDTH, 11) : ''
    // Monospace advance is 0.6 em; a rasteriser without a monospace font falls back to a wider sans W.
    const markerWidth = Math.max(marker.length * 10.5 * 0.6, estimateTextWidth(marker, 10.5, true) + 1)
    const width =
      2 * PADDING + markerWidth + (isStrong ? GAP + LOCK_SIZE : 0) + (label ? GAP + estimateTextWidth(label, 11) : 0)
    const rect = placePill(path, width, PILL_HEIGHT, obstacles)
    obstacles.add(rect)
    pills.set(edge.id, { rect, marker, markerWidth, isStrong, label })
  }
  return pills
}

/** markerColour is the theme's text colour, or the colour of the worst finding on the edge. */
export function renderPill(pill: EdgePill, markerColour: string, palette: SvgPalette, isOptional: boolean): string {
  const { x: left, y: top, width } = pill.rect
  const border = isOptional ? { stroke: palette.border, 'stroke-dasharray': '3 2' } : { stroke: palette.border }
  const parts = [
    drawElement('rect', { x: left, y: top, width, height: PILL_HEIGHT, rx: 9, fill: palette.surface, ...border }),
    drawText(pill.marker, {
      x: left + PADDING,
      y: top + 12.5,
      fill: markerColour,
      'font-family': MONO_FAMILY,
      'font-size': 10.5,
      'font-weight': 600,
    }),
  ]
  let cursor = left + PADDING + pill.markerWidth + GAP
  const textColour = isOptional ? palette.faint : palette.muted
  if (pill.isStrong) {
    parts.push(renderIcon('lock', cursor, top + (PILL_HEIGHT - LOCK_SIZE) / 2, LOCK_SIZE, textColour, 2.25))
    cursor += LOCK_SIZE + GAP
  }
  if (pill.label) parts.push(drawText(pill.label, { x: cursor, y: top + 12.5, fill: textColour, 'font-size': 11 }))
  return `<g>${parts.join('')}</g>`
}
