/**
 * The drawing's vertices on one page, placed and read: absolute rectangles (draw.io stores a child relative
 * to its parent), plain-text labels, and the text cells that name an icon or a zone from beside it.
 */
import type { Rect } from '../design/geometry'
import { labelToText } from './labels'
import type { Cell, Point } from './mxfile'

export interface PlacedCell {
  cell: Cell
  rect: Rect
  /** The cell's own text, as plain text. */
  label: string
}

export function readLabel(cell: Cell): string {
  return labelToText(cell.value, cell.style.html === '1' || /<[a-z/]/i.test(cell.value))
}

/** Absolute rectangles of every vertex; a vertex inside another vertex adds up its parents' origins. */
export function placeVertices(cells: readonly Cell[]): Map<string, PlacedCell> {
  const byId = new Map(cells.map((c) => [c.id, c]))
  const origins = new Map<string, Point>()
  const originOf = (id: string | undefined, depth: number): Point => {
    const parent = id === undefined ? undefined : byId.get(id)
    if (!parent || !parent.isVertex || !parent.geometry || depth > 64) return { x: 0, y: 0 }
    const known = origins.get(parent.id)
    if (known) return known
    const above = originOf(parent.parent, depth + 1)
    const origin = { x: above.x + parent.geometry.x, y: above.y + parent.geometry.y }
    origins.set(parent.id, origin)
    return origin
  }
  const placed = new Map<string, PlacedCell>()
  for (const cell of cells) {
    if (!cell.isVertex || !cell.geometry || isOnEdge(cell, byId)) continue
    const origin = originOf(cell.parent, 0)
    const { x, y, width, height } = cell.geometry
    placed.set(cell.id, { cell, rect: { x: origin.x + x, y: origin.y + y, width, height }, label: readLabel(cell) })
  }
  return placed
}

/** Where an edge's loose end lies on the page (its points are relative to the edge's parent). */
export function placeEdgePoint(cells: ReadonlyMap<string, PlacedCell>, edge: Cell, point: Point | undefined): Point | undefined {
  if (!point) return undefined
  const parent = edge.parent ? cells.get(edge.parent) : undefined
  return parent ? { x: parent.rect.x + point.x, y: parent.rect.y + point.y } : point
}

export function isOnEdge(cell: Cell, byId: ReadonlyMap<string, Cell>): boolean {
  return cell.styleName === 'edgeLabel' || (cell.parent !== undefined && byId.get(cell.parent)?.isEdge === true)
}

export function isTextCell(placed: PlacedCell): boolean {
  const { style, styleName } = placed.cell
  if (styleName === 'text' || style.shape === 'text') return true
  const isInvisible = style.strokeColor === 'none' && (style.fillColor === undefined || style.fillColor === 'none')
  return isInvisible && style.shape === undefined && placed.label !== '' && !style.image
}

export function center(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
}

export function containsPoint(rect: Rect, point: Point, margin = 0): boolean {
  return (
    point.x >= rect.x - margin &&
    point.x <= rect.x + rect.width + margin &&
    point.y >= rect.y - margin &&
    point.y <= rect.y + rect.height + margin
  )
}

export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1 &&
    outer.width * outer.height > inner.width * inner.height
  )
}

function gapBetween(a: Rect, b: Rect): { dx: number; dy: number } {
  const dx = Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width))
  const dy = Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height))
  return { dx, dy }
}

/**
 * How well a text cell reads as an icon's label: people put it under the icon, sometimes above or beside.
 * Lower is better; undefined when the text is too far to belong to the icon.
 */
function scoreLabelPlace(icon: Rect, text: Rect): number | undefined {
  const { dx, dy } = gapBetween(icon, text)
  const reach = Math.max(24, Math.min(icon.width, icon.height) * 0.5)
  if (dx > reach || dy > reach) return undefined
  const iconCentre = center(icon)
  const textCentre = center(text)
  const isStacked = dx === 0 && Math.abs(textCentre.x - iconCentre.x) <= Math.max(icon.width, text.width) / 2
  const isBelow = isStacked && textCentre.y > iconCentre.y
  const isAbove = isStacked && textCentre.y < iconCentre.y
  const penalty = isBelow ? 0 : isAbove ? 6 : 14
  return Math.hypot(dx, dy) + penalty + Math.abs(textCentre.x - iconCentre.x) * 0.05
}

/** Pairs unlabelled icons with free text cells, closest pairs first, each side used once. */
export function matchIconLabels(icons: readonly PlacedCell[], texts: readonly PlacedCell[]): Map<string, PlacedCell> {
  const pairs: { icon: string; text: PlacedCell; score: number }[] = []
  for (const icon of icons) {
    for (const text of texts) {
      const score = scoreLabelPlace(icon.rect, text.rect)
      if (score !== undefined) pairs.push({ icon: icon.cell.id, text, score })
    }
  }
  pairs.sort((a, b) => a.score - b.score)
  const labels = new Map<string, PlacedCell>()
  const usedTexts = new Set<string>()
  for (const pair of pairs) {
    if (labels.has(pair.icon) || usedTexts.has(pair.text.cell.id)) continue
    labels.set(pair.icon, pair.text)
    usedTexts.add(pair.text.cell.id)
  }
  return labels
}

/** A text cell sitting on a container's top-left edge is its caption ("Availability Zone" over a dashed box). */
export function findCaption(container: Rect, texts: readonly PlacedCell[]): PlacedCell | undefined {
  let best: PlacedCell | undefined
  let bestDistance = Infinity
  for (const text of texts) {
    const isNearTop = text.rect.y >= container.y - 40 && text.rect.y <= container.y + 30
    const isNearLeft = text.rect.x >= container.x - 20 && text.rect.x <= container.x + container.width / 2
    if (!isNearTop || !isNearLeft) continue
    const distance = Math.hypot(text.rect.x - container.x, text.rect.y - container.y)
    if (distance < bestDistance) {
      best = text
      bestDistance = distance
    }
  }
  return best
}
