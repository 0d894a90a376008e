import { Position, type InternalNode } from '@xyflow/react'
import { ROUTE_CORNER_RADIUS, stopBeforeStack } from '../../../../core/export/svgPaths'

export interface FloatingEnds {
  sx: number
  sy: number
  tx: number
  ty: number
  sourcePos: Position
  targetPos: Position
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

function toBox(node: InternalNode): Box {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  }
}

/** Where the line from a box's centre toward a point leaves the box, and which side that is. */
function exitPoint(box: Box, toward: { x: number; y: number }): { x: number; y: number; side: Position } {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const dx = toward.x - cx
  const dy = toward.y - cy
  if (dx === 0 && dy === 0) return { x: box.x + box.width, y: cy, side: Position.Right }
  const scaleX = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx)
  const scaleY = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy)
  if (scaleX < scaleY) return { x: cx + dx * scaleX, y: cy + dy * scaleX, side: dx > 0 ? Position.Right : Position.Left }
  return { x: cx + dx * scaleY, y: cy + dy * scaleY, side: dy > 0 ? Position.Bottom : Position.Top }
}

/** Edges attach where the line between the two cards crosses their borders, so they never cross a card. */
export function getFloatingEnds(source: InternalNode, target: InternalNode): FloatingEnds {
  const a = toBox(source)
  const b = toBox(target)
  const from = exitPoint(a, { x: b.x + b.width / 2, y: b.y + b.height / 2 })
  const to = exitPoint(b, { x: a.x + a.width / 2, y: a.y + a.height / 2 })
  return { sx: from.x, sy: from.y, tx: to.x, ty: to.y, sourcePos: from.side, targetPos: to.side }
}

/** A self-loop: out of the right side, round above the card, back into its top. */
export function getSelfLoopPath(node: InternalNode): { path: string; labelX: number; labelY: number } {
  const box = toBox(node)
  const sx = box.x + box.width
  const sy = box.y + box.height / 2
  const tx = box.x + box.width - 24
  const ty = box.y
  const path = `M ${sx} ${sy} C ${sx + 60} ${sy}, ${tx} ${ty - 60}, ${tx} ${ty}`
  return { path, labelX: sx + 28, labelY: ty - 28 }
}

interface Point {
  x: number
  y: number
}

export interface RoutePath {
  path: string
  labelX: number
  labelY: number
}

const format = (n: number): string => String(Math.round(n * 100) / 100)

/** The point half way along the polyline, where the label goes. */
function findMidpoint(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y))
  let remaining = lengths.reduce((sum, length) => sum + length, 0) / 2
  for (let i = 0; i < lengths.length; i++) {
    if (remaining <= lengths[i] && lengths[i] > 0) {
      const t = remaining / lengths[i]
      return { x: points[i].x + (points[i + 1].x - points[i].x) * t, y: points[i].y + (points[i + 1].y - points[i].y) * t }
    }
    remaining -= lengths[i]
  }
  return points[points.length - 1]
}

/**
 * A polyline with each bend rounded by a quadratic curve; a corner never eats more than half of a segment. Same
 * radius and ending rule (stopBeforeStack) as core's SVG export, so the canvas and the picture agree.
 */
function roundPolyline(points: readonly Point[]): string {
  const parts = [`M ${format(points[0].x)} ${format(points[0].y)}`]
  for (let i = 1; i + 1 < points.length; i++) {
    const [prev, corner, next] = [points[i - 1], points[i], points[i + 1]]
    const inLength = Math.hypot(corner.x - prev.x, corner.y - prev.y)
    const outLength = Math.hypot(next.x - corner.x, next.y - corner.y)
    const radius = Math.min(ROUTE_CORNER_RADIUS, inLength / 2, outLength / 2)
    if (radius <= 0) continue
    const before = { x: corner.x - ((corner.x - prev.x) / inLength) * radius, y: corner.y - ((corner.y - prev.y) / inLength) * radius }
    const after = { x: corner.x + ((next.x - corner.x) / outLength) * radius, y: corner.y + ((next.y - corner.y) / outLength) * radius }
    parts.push(`L ${format(before.x)} ${format(before.y)}`, `Q ${format(corner.x)} ${format(corner.y)} ${format(after.x)} ${format(after.y)}`)
  }
  const last = points[points.length - 1]
  parts.push(`L ${format(last.x)} ${format(last.y)}`)
  return parts.join(' ')
}

/** Start, then per piece two control points and an end: ELK's spline sections. */
function joinBeziers(points: readonly Point[]): string {
  const parts = [`M ${format(points[0].x)} ${format(points[0].y)}`]
  for (let i = 1; i + 2 < points.length; i += 3) {
    parts.push(`C ${[points[i], points[i + 1], points[i + 2]].map((p) => `${format(p.x)} ${format(p.y)}`).join(', ')}`)
  }
  return parts.join(' ')
}

/** How far a stacked card's copies reach past its right and bottom borders (.arch-node.is-stacked in canvas.css). */
export const STACK_DEPTH = 8

/**
 * The SVG path of an edge ELK routed (core/layout readElkEdgeRoutes), with its label at the middle.
 * `endInset`: the target's stack depth when it is drawn stacked, else 0.
 */
export function getRoutePath(points: readonly Point[], curve: 'orthogonal' | 'spline', endInset = 0): RoutePath {
  const isBezierChain = curve === 'spline' && points.length >= 4 && (points.length - 1) % 3 === 0
  if (isBezierChain) {
    const middle = findMidpoint(points)
    return { path: joinBeziers(points), labelX: middle.x, labelY: middle.y }
  }
  const drawn = stopBeforeStack(points, endInset)
  const middle = findMidpoint(drawn)
  return { path: roundPolyline(drawn), labelX: middle.x, labelY: middle.y }
}
