import type { Rect } from '../design/geometry'

export interface Point {
  x: number
  y: number
}

/** A cubic curve from the source's border to the target's border, like the canvas's bezier edges. */
export interface EdgeCurve {
  start: Point
  c1: Point
  c2: Point
  end: Point
}

type Side = 'left' | 'right' | 'top' | 'bottom'

const NORMALS: Readonly<Record<Side, Point>> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
}

function anchorOf(rect: Rect, side: Side): Point {
  if (side === 'left') return { x: rect.x, y: rect.y + rect.height / 2 }
  if (side === 'right') return { x: rect.x + rect.width, y: rect.y + rect.height / 2 }
  if (side === 'top') return { x: rect.x + rect.width / 2, y: rect.y }
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height }
}

/** Sides facing each other across the larger gap: wide cards in a left-to-right flow connect sideways. */
function pickSides(source: Rect, target: Rect): [Side, Side] {
  const gapRight = target.x - (source.x + source.width)
  const gapLeft = source.x - (target.x + target.width)
  const gapDown = target.y - (source.y + source.height)
  const gapUp = source.y - (target.y + target.height)
  const horizontal = Math.max(gapRight, gapLeft)
  const vertical = Math.max(gapDown, gapUp)
  if (horizontal >= vertical) return gapRight >= gapLeft ? ['right', 'left'] : ['left', 'right']
  return gapDown >= gapUp ? ['bottom', 'top'] : ['top', 'bottom']
}

export function computeEdgeCurve(source: Rect, target: Rect, isSelfLoop: boolean): EdgeCurve {
  if (isSelfLoop) {
    const x = source.x + source.width
    const midY = source.y + source.height / 2
    return {
      start: { x, y: midY - 12 },
      c1: { x: x + 56, y: midY - 48 },
      c2: { x: x + 56, y: midY + 48 },
      end: { x, y: midY + 12 },
    }
  }
  const [fromSide, toSide] = pickSides(source, target)
  const start = anchorOf(source, fromSide)
  const end = anchorOf(target, toSide)
  const distance = Math.hypot(end.x - start.x, end.y - start.y)
  const reach = Math.max(24, distance * 0.4)
  const n1 = NORMALS[fromSide]
  const n2 = NORMALS[toSide]
  return {
    start,
    c1: { x: start.x + n1.x * reach, y: start.y + n1.y * reach },
    c2: { x: end.x + n2.x * reach, y: end.y + n2.y * reach },
    end,
  }
}

export function pointOnCurve(curve: EdgeCurve, t: number): Point {
  const u = 1 - t
  const a = u * u * u
  const b = 3 * u * u * t
  const c = 3 * u * t * t
  const d = t * t * t
  return {
    x: a * curve.start.x + b * curve.c1.x + c * curve.c2.x + d * curve.end.x,
    y: a * curve.start.y + b * curve.c1.y + c * curve.c2.y + d * curve.end.y,
  }
}

/** The arrowhead's three corners: tip on the target's border, pointing along the curve's final direction. */
export function computeArrowhead(curve: EdgeCurve, length = 9, width = 8): [Point, Point, Point] {
  let dx = curve.end.x - curve.c2.x
  let dy = curve.end.y - curve.c2.y
  const norm = Math.hypot(dx, dy) || 1
  dx /= norm
  dy /= norm
  const base = { x: curve.end.x - dx * length, y: curve.end.y - dy * length }
  const half = width / 2
  return [curve.end, { x: base.x - dy * half, y: base.y + dx * half }, { x: base.x + dy * half, y: base.y - dx * half }]
}

/** The curve stopped short of the target so a thick or dashed stroke does not poke through the arrow's tip. */
export function shortenCurveEnd(curve: EdgeCurve, by: number): EdgeCurve {
  const dx = curve.end.x - curve.c2.x
  const dy = curve.end.y - curve.c2.y
  const norm = Math.hypot(dx, dy) || 1
  const end = { x: curve.end.x - (dx / norm) * by, y: curve.end.y - (dy / norm) * by }
  return { ...curve, end }
}

function isOverlapping(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

const PILL_TS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74]

/**
 * Where an edge's pill goes: the first spot along the curve (middle first), then just above or below it, that
 * covers no card, no arrowhead and no pill already placed; the middle when nothing is free. Without this a
 * label lands on a card the edge passes behind.
 */
export function placePill(curve: EdgeCurve, width: number, height: number, obstacles: readonly Rect[]): Rect {
  const candidates: Point[] = []
  for (const t of PILL_TS) candidates.push(pointOnCurve(curve, t))
  const mid = pointOnCurve(curve, 0.5)
  candidates.push({ x: mid.x, y: mid.y - height / 2 - 8 }, { x: mid.x, y: mid.y + height / 2 + 8 })
  for (const centre of candidates) {
    const rect = { x: centre.x - width / 2, y: centre.y - height / 2, width, height }
    if (!obstacles.some((o) => isOverlapping(rect, o))) return rect
  }
  return { x: mid.x - width / 2, y: mid.y - height / 2, width, height }
}

/** A box around the arrowhead, to keep pills off it. */
export function boundArrowhead(curve: EdgeCurve): Rect {
  const size = 7
  return { x: curve.end.x - size, y: curve.end.y - size, width: 2 * size, height: 2 * size }
}
