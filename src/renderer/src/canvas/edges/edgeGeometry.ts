import { Position, type InternalNode } from '@xyflow/react'

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
