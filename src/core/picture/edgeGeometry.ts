import type { Rect } from '../design/geometry'
import { createCurvePath, createRoutePath, stopBeforeStack, type EdgeCurve, type EdgePath, type Point } from './edgePath'

type Side = 'left' | 'right' | 'top' | 'bottom'

/** Where the line from a box's centre toward a point leaves the box, and on which side . */
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

/** A route auto-layout found for an edge (core/layout), as the picture is given it. */
export interface EdgeRouteInput {
  points: readonly Point[]
  /** 'spline': ELK's cubic pieces (start, then two control points and an end per piece); else a polyline. */
  curve?: 'orthogonal' | 'spline'
}

const isFinitePoint = (p: Point): boolean => Number.isFinite(p.x) && Number.isFinite(p.y)

/**
 * The one path of an edge, for the canvas (with the cards where they are now, also mid-drag) and the export
 * alike: along its route when it has a usable one, else the curve between its two cards (a self-loop when both
 * ends are one card). `targetStackDepth`: how far the target's stacked copies reach, so a route's arrow stops
 * outside them.
 */
export function computeEdgePath(
  source: Rect,
  target: Rect,
  isSelfLoop: boolean,
  route?: EdgeRouteInput,
  targetStackDepth = 0,
): EdgePath {
  if (route && route.points.length >= 2 && route.points.every(isFinitePoint)) {
    const isSpline = route.curve === 'spline' && route.points.length >= 4 && (route.points.length - 1) % 3 === 0
    return createRoutePath(isSpline ? route.points : stopBeforeStack(route.points, targetStackDepth), isSpline)
  }
  return createCurvePath(computeEdgeCurve(source, target, isSelfLoop))
}

/** How the line and its arrowhead are drawn: the stroke ends a little early so it never pokes through the tip. */
export const ARROW = { length: 7, width: 7, strokeInset: 5 } as const

export interface EdgeStroke {
  /** The SVG path description of the line. */
  d: string
  /** The arrowhead's three corners. */
  arrow: readonly [Point, Point, Point]
}

export function drawEdgeStroke(path: EdgePath): EdgeStroke {
  return { d: path.shortenEnd(ARROW.strokeInset).toSvgPath(), arrow: computeArrowhead(path, ARROW.length, ARROW.width) }
}
