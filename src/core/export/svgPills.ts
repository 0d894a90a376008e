import type { Rect } from '../design/geometry'
import type { DesignEdge } from '../design/types'
import { boundArrowhead, placePill, type EdgeCurve } from './svgEdges'
import { drawElement, drawText, estimateTextWidth, formatAttributes, renderIcon, truncateText } from './svgText'
import type { SvgPalette } from './svgTheme'

/** An edge's pill: the R/W/RW marker, a lock for strong consistency and its label, placed clear of the cards. */
export interface EdgePill {
  rect: Rect
  marker: string
  markerWidth: number
  isStrong: boolean
  label: string
}

const ACCESS_MARKERS: Readonly<Record<DesignEdge['access'], string>> = { read: 'R', write: 'W', 'read-write': 'RW' }
const PILL_HEIGHT = 18
const LOCK_WIDTH = 13

/** Pills are placed before the picture is sized, so a pill pushed beside a card still fits in the frame. */
export function layoutPills(
  edges: readonly DesignEdge[],
  curves: ReadonlyMap<string, EdgeCurve>,
  cards: readonly Rect[],
): Map<string, EdgePill> {
  const obstacles: Rect[] = [...cards]
  for (const curve of curves.values()) obstacles.push(boundArrowhead(curve))
  const pills = new Map<string, EdgePill>()
  for (const edge of edges) {
    const curve = curves.get(edge.id)
    if (!curve) continue
    const marker = ACCESS_MARKERS[edge.access]
    const isStrong = edge.consistency === 'strong'
    const label = edge.label?.trim() ? truncateText(edge.label.trim(), 150, 10.5) : ''
    const markerWidth = estimateTextWidth(marker, 9.5, true)
    const width = 14 + markerWidth + (isStrong ? LOCK_WIDTH : 0) + (label ? estimateTextWidth(label, 10.5) + 6 : 0)
    const rect = placePill(curve, width, PILL_HEIGHT, obstacles)
    obstacles.push(rect)
    pills.set(edge.id, { rect, marker, markerWidth, isStrong, label })
  }
  return pills
}

export function renderPill(pill: EdgePill, colour: string, palette: SvgPalette, isOptional: boolean): string {
  const { x: left, y: top, width } = pill.rect
  const parts = [
    `<g${isOptional ? ' opacity="0.7"' : ''}>`,
    drawElement('rect', {
      x: left,
      y: top,
      width,
      height: PILL_HEIGHT,
      rx: 9,
      fill: palette.pillFill,
      stroke: palette.pillStroke,
    }),
    `<text${formatAttributes({ x: left + 7, y: top + 12.5, fill: colour })} font-size="9.5" font-weight="700"` +
      ` letter-spacing="0.3">${pill.marker}</text>`,
  ]
  let cursor = left + 7 + pill.markerWidth
  if (pill.isStrong) {
    parts.push(renderIcon('lock', cursor + 3, top + 4, 10, colour, 2.4))
    cursor += LOCK_WIDTH
  }
  if (pill.label) {
    parts.push(drawText(pill.label, { x: cursor + 6, y: top + 12.5, fill: palette.muted, 'font-size': 10.5 }))
  }
  parts.push('</g>')
  return parts.join('')
}
