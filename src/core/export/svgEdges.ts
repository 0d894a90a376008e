import type { EdgePicture } from '../picture/picture'
import { PILL } from '../picture/pills'
import { drawElement, drawText, escapeXml, formatNumber, renderIcon } from './svgText'
import { MONO_FAMILY, type SvgPalette } from './svgTheme'

/** Edges of the picture as markup: the line and its arrowhead, and separately (painted over the cards) the pill. */

/** Edges with findings take the worst finding's colour (thicker for errors and warnings); optional ones are lighter. */
export function getLineStyle(edge: Pick<EdgePicture, 'state' | 'worst' | 'isOptional'>, palette: SvgPalette): { colour: string; width: number } {
  // What-if: a cut link in the down colour, a link nothing flows along (an end is down) faded.
  if (edge.state?.failed) return { colour: palette.state.down, width: 2 }
  if (edge.state?.state === 'down') return { colour: palette.edgeOptional, width: 1.25 }
  if (edge.worst) return { colour: palette.severity[edge.worst], width: edge.worst === 'info' ? 1.5 : 2 }
  return edge.isOptional ? { colour: palette.edgeOptional, width: 1.25 } : { colour: palette.edge, width: 1.5 }
}

function stateAttributes(edge: EdgePicture): string {
  return edge.state ? ` data-state="${edge.state.state}"${edge.state.failed ? ' data-failed="true"' : ''}` : ''
}

export function renderEdgeLine(edge: EdgePicture, palette: SvgPalette): string {
  const { colour, width } = getLineStyle(edge, palette)
  // Async dashed, replication dotted (a copy, not a call), as on the canvas.
  const dash = edge.state?.failed
    ? { 'stroke-dasharray': '2 4' }
    : edge.edge.mode === 'async'
      ? { 'stroke-dasharray': '6 4' }
      : edge.edge.mode === 'replication'
        ? { 'stroke-dasharray': '2 3' }
        : {}
  const points = edge.stroke.arrow.map((pt) => `${formatNumber(pt.x)},${formatNumber(pt.y)}`).join(' ')
  return (
    `<g data-edge="${escapeXml(edge.id)}"${stateAttributes(edge)}>` +
    drawElement('path', { d: edge.stroke.d, stroke: colour, fill: 'none', 'stroke-width': width, ...dash }) +
    drawElement('polygon', { points, fill: colour }) +
    '</g>'
  )
}

export function renderPill(edge: EdgePicture, palette: SvgPalette): string {
  const { pill } = edge
  const { x: left, y: top, width } = pill.rect
  const isCut = edge.state?.failed === true
  const border = isCut ? palette.state.down : edge.worst ? palette.severity[edge.worst] : palette.border
  const dash = edge.isOptional ? { 'stroke-dasharray': '3 2' } : {}
  const parts = [
    drawElement('rect', { x: left, y: top, width, height: PILL.height, rx: 9, fill: palette.surface, stroke: border, ...dash }),
    drawText(pill.marker, {
      x: left + PILL.padding,
      y: top + 12.5,
      fill: edge.worst ? palette.severity[edge.worst] : palette.text,
      'font-family': MONO_FAMILY,
      'font-size': PILL.markerFontSize,
      'font-weight': 600,
    }),
  ]
  let cursor = left + PILL.padding + pill.markerWidth + PILL.gap
  const textColour = edge.isOptional ? palette.faint : palette.muted
  if (pill.isStrong) {
    parts.push(renderIcon('lock', cursor, top + (PILL.height - PILL.lockSize) / 2, PILL.lockSize, textColour, 2.25))
    cursor += PILL.lockSize + PILL.gap
  }
  if (pill.label) parts.push(drawText(pill.label, { x: cursor, y: top + 12.5, fill: textColour, 'font-size': PILL.fontSize }))
  // A cut link is struck through, as a failed card's title is.
  if (isCut) parts.push(drawElement('line', { x1: left + 4, y1: top + 9, x2: left + width - 4, y2: top + 9, stroke: palette.state.down, 'stroke-width': 1.5, 'data-mark': 'strike' }))
  return `<g data-pill="${escapeXml(edge.id)}"${edge.worst ? ` data-worst="${edge.worst}"` : ''}${stateAttributes(edge)}>${parts.join('')}</g>`
}
