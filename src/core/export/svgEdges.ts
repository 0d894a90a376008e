import type { Rect } from '../design/geometry'
import type { RectIndex } from './rectIndex'
import type { EdgeCurve, EdgePath, Point } from './svgPaths'

type Side = 'left' | 'right' | 'top' | 'bottom'

/** Where the line from a box's centre toward a point leaves the box, and on which side (edgeGeometry.ts). */
function findExitPoint(box: Rect, toward: Point): Point & { side: Side } {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const dx = toward.x - cx
  const dy = toward.y - cy
  if (dx === 0 && dy === 0) return { x: box.x + box.width, y: cy, side: 'right' }
  const scaleX = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx)
  const scaleY = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy)
  if (scaleX < scaleY) return { x: cx + dx * scaleX, y: cy + dy * scaleX, side: dx > 0 ? 'right' : 'left' }
  return { x: cx + dx * scaleY, y: cy + dy * scaleY, side: dy > 0 ? 'bottom' : 'top' }
}

/** React Flow's bezier control point: half the distance ahead when there is room, a short hook when not. */
function computeControlPoint(side: Side, from: Point, to: Point, curvature = 0.25): Point {
  const offset = (distance: number) => (distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance))
  if (side === 'left') return { x: from.x - offset(from.x - to.x), y: from.y }
  if (side === 'right') return { x: from.x + offset(to.x - from.x), y: from.y }
  if (side === 'top') return { x: from.x, y: from.y - offset(from.y - to.y) }
  return { x: from.x, y: from.y + offset(to.y - from.y) }
}

/**
 * The curve the canvas draws (ArchEdge: floating ends where the centre line crosses each card, then React
 * Flow's getBezierPath); a self-loop leaves the right side and comes back into the top.
 */
export function computeEdgeCurve(source: Rect, target: Rect, isSelfLoop: boolean): EdgeCurve {
  if (isSelfLoop) {
    const start = { x: source.x + source.width, y: source.y + source.height / 2 }
    const end = { x: source.x + source.width - 24, y: source.y }
    return { start, c1: { x: start.x + 60, y: start.y }, c2: { x: end.x, y: end.y - 60 }, end }
  }
  const centre = (r: Rect) => ({ x: r.x + r.width / 2, y: r.y + r.height / 2 })
  const from = findExitPoint(source, centre(target))
  const to = findExitPoint(target, centre(source))
  const start = { x: from.x, y: from.y }
  const end = { x: to.x, y: to.y }
  return { start, c1: computeControlPoint(from.side, start, end), c2: computeControlPoint(to.side, end, start), end }
}

/** The arrowhead's three corners: tip on the path's end, pointing along the direction it arrives in. */
export function computeArrowhead(path: EdgePath, length = 9, width = 8): [Point, Point, Point] {
  const { x: dx, y: dy } = path.endTangent
  const base = { x: path.end.x - dx * length, y: path.end.y - dy * length }
  const half = width / 2
  return [path.end, { x: base.x - dy * half, y: base.y + dx * half }, { x: base.x + dy * half, y: base.y - dx * half }]
}


const PILL_TS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74]

/**
 * Where an edge's pill goes: the first spot along the path (middle first), then beside its middle, that covers
 * no card, no arrowhead and no pill already placed; the middle when nothing is free. Without this a label lands
 * on a card the edge passes behind.
 */
export function placePill(path: EdgePath, width: number, height: number, obstacles: RectIndex): Rect {
  const along = PILL_TS.map((t) => path.pointAt(t))
  const mid = along[0]
  const beside = [
    { x: mid.x, y: mid.y - height / 2 - 8 },
    { x: mid.x, y: mid.y + height / 2 + 8 },
    { x: mid.x + width / 2 + 8, y: mid.y },
    { x: mid.x - width / 2 - 8, y: mid.y },
  ]
  // A pill longer than its edge would hide the whole line: try beside it first.
  const candidates = path.length < width + 24 ? [...beside, ...along] : [...along, ...beside]
  for (const centre of candidates) {
    const rect = { x: centre.x - width / 2, y: centre.y - height / 2, width, height }
    if (!obstacles.overlapsAny(rect)) return rect
  }
  return { x: mid.x - width / 2, y: mid.y - height / 2, width, height }
}

/** A box around the arrowhead, to keep pills off it. */
export function boundArrowhead(path: EdgePath): Rect {
  const size = 7
  return { x: path.end.x - size, y: path.end.y - size, width: 2 * size, height: 2 * size }
}
