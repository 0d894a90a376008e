import type { Rect } from '../design/geometry'
import { formatNumber } from './number'

/**
 * The shape an edge is drawn along, whatever it is: the canvas's bezier between two cards, or the route
 * auto-layout found around the cards. Arrowheads, pills and the picture's bounds only ask these questions,
 * so they treat both shapes alike.
 */

export interface Point {
  x: number
  y: number
}

export interface EdgePath {
  start: Point
  end: Point
  /** The point a fraction t (0..1) of the way along: the curve's parameter, or a share of a route's length. */
  pointAt(t: number): Point
  /** Unit vector of the direction the path arrives in, for the arrowhead. */
  endTangent: Point
  /** How long the edge reads: a curve's chord (what pill placement was tuned on), a route's full length. */
  length: number
  /** Everything the stroke can reach (a curve stays inside its control points). */
  bounds: Rect
  /**
   * The path drawn ending `by` px earlier, so a thick or dashed stroke does not poke through the arrow's tip.
   * Only for drawing: its `end` and `toSvgPath` change, measurements stay those of the whole path.
   */
  shortenEnd(by: number): EdgePath
  toSvgPath(): string
}

/** A cubic curve from the source's border to the target's border, like the canvas's bezier edges. */
export interface EdgeCurve {
  start: Point
  c1: Point
  c2: Point
  end: Point
}

const formatPoint = (p: Point): string => `${formatNumber(p.x)} ${formatNumber(p.y)}`

function normalise(dx: number, dy: number): Point {
  const norm = Math.hypot(dx, dy)
  return norm > 0 ? { x: dx / norm, y: dy / norm } : { x: 0, y: 0 }
}

/** A loop, not Math.min(...list): a long route must not become a huge argument list. */
function boundPoints(points: readonly Point[]): Rect {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const p of points) {
    minX = Math.min(minX, p.x)
    minY = Math.min(minY, p.y)
    maxX = Math.max(maxX, p.x)
    maxY = Math.max(maxY, p.y)
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

export function createCurvePath(curve: EdgeCurve): EdgePath {
  const { start, c1, c2, end } = curve
  return {
    start,
    end,
    pointAt(t) {
      const u = 1 - t
      const [a, b, c, d] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t]
      return {
        x: a * start.x + b * c1.x + c * c2.x + d * end.x,
        y: a * start.y + b * c1.y + c * c2.y + d * end.y,
      }
    },
    endTangent: normalise(end.x - c2.x, end.y - c2.y),
    length: Math.hypot(end.x - start.x, end.y - start.y),
    bounds: boundPoints([start, c1, c2, end]),
    shortenEnd(by) {
      const dir = normalise(end.x - c2.x, end.y - c2.y)
      return createCurvePath({ ...curve, end: { x: end.x - dir.x * by, y: end.y - dir.y * by } })
    },
    toSvgPath: () => `M${formatPoint(start)} C${formatPoint(c1)} ${formatPoint(c2)} ${formatPoint(end)}`,
  }
}

/** Corner radius of a routed edge's bends. */
export const ROUTE_CORNER_RADIUS = 10

/**
 * A polyline with each bend rounded by a quadratic curve; a corner never eats more than half of a segment.
 * `drawnEnd` replaces the last point in the output only, so a shortened line keeps the canvas's corners.
 */
function formatRoundedPolyline(points: readonly Point[], drawnEnd = points[points.length - 1]): string {
  const parts = [`M${formatPoint(points[0])}`]
  for (let i = 1; i + 1 < points.length; i++) {
    const [prev, corner, next] = [points[i - 1], points[i], points[i + 1]]
    const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y)
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y)
    const radius = Math.min(ROUTE_CORNER_RADIUS, inLength / 2, outLength / 2)
    if (radius <= 0) continue
    const before = {
      x: corner.x - ((corner.x - prev.x) / inLength) * radius,
      y: corner.y - ((corner.y - prev.y) / inLength) * radius,
    }
    const after = {
      x: corner.x + ((next.x - corner.x) / outLength) * radius,
      y: corner.y + ((next.y - corner.y) / outLength) * radius,
    }
    parts.push(`L${formatPoint(before)}`, `Q${formatPoint(corner)} ${formatPoint(after)}`)
  }
  parts.push(`L${formatPoint(drawnEnd)}`)
  return parts.join(' ')
}

/** Start, then per piece two control points and an end: ELK's spline sections; `drawnEnd` as above. */
function formatBezierChain(points: readonly Point[], drawnEnd = points[points.length - 1]): string {
  const parts = [`M${formatPoint(points[0])}`]
  for (let i = 1; i + 2 < points.length; i += 3) {
    const end = i + 2 === points.length - 1 ? drawnEnd : points[i + 2]
    parts.push(`C${formatPoint(points[i])} ${formatPoint(points[i + 1])} ${formatPoint(end)}`)
  }
  return parts.join(' ')
}

/**
 * A route (at least two points): a polyline with rounded bends, or with `isSpline` ELK's chain of cubic pieces.
 * Positions along it are measured by length along its points (for a spline, its control polygon: close enough
 * to place a label, and what the curve stays inside).
 */
export function createRoutePath(points: readonly Point[], isSpline = false): EdgePath {
  const format = isSpline ? formatBezierChain : formatRoundedPolyline
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y))
  const total = lengths.reduce((sum, l) => sum + l, 0)
  const start = points[0]
  const end = points[points.length - 1]
  // The last segment with a length decides where the arrow points (ELK never repeats a point, but be safe).
  let lastRun = lengths.length - 1
  while (lastRun >= 0 && lengths[lastRun] === 0) lastRun--
  const [runFrom, runTo] = lastRun < 0 ? [end, end] : [points[lastRun], points[lastRun + 1]]
  const endTangent = normalise(runTo.x - runFrom.x, runTo.y - runFrom.y)
  return {
    start,
    end,
    pointAt(t) {
      let remaining = Math.min(Math.max(t, 0), 1) * total
      for (let i = 0; i < lengths.length; i++) {
        if (remaining <= lengths[i] && lengths[i] > 0) {
          const [from, to, f] = [points[i], points[i + 1], remaining / lengths[i]]
          return { x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f }
        }
        remaining -= lengths[i]
      }
      return end
    },
    endTangent,
    length: total,
    bounds: boundPoints(points),
    shortenEnd(by) {
      if (lastRun < 0) return this
      if (isSpline) {
        const moved = { x: end.x - endTangent.x * by, y: end.y - endTangent.y * by }
        return { ...this, end: moved, toSvgPath: () => format(points, moved) }
      }
      // Never into the last bend's rounding, so the corner keeps the shape the canvas gives it.
      const run = lengths[lastRun]
      const step = Math.min(by, Math.max(run - Math.min(ROUTE_CORNER_RADIUS, run / 2), 0))
      const moved = { x: end.x - endTangent.x * step, y: end.y - endTangent.y * step }
      return { ...this, end: moved, toSvgPath: () => format(points, moved) }
    },
    toSvgPath: () => format(points),
  }
}

/**
 * Ends a route `inset` px before the target card when it enters through the right or bottom border, so the
 * arrowhead sits outside the copies of a stacked card instead of under them.
 * A short last run is left alone.
 */
export function stopBeforeStack(points: readonly Point[], inset: number): readonly Point[] {
  if (inset <= 0 || points.length < 2) return points
  const last = points[points.length - 1]
  const prev = points[points.length - 2]
  const entersRight = prev.y === last.y && prev.x - last.x > inset + ROUTE_CORNER_RADIUS
  const entersBottom = prev.x === last.x && prev.y - last.y > inset + ROUTE_CORNER_RADIUS
  if (!entersRight && !entersBottom) return points
  const end = entersRight ? { x: last.x + inset, y: last.y } : { x: last.x, y: last.y + inset }
  return [...points.slice(0, -1), end]
}
