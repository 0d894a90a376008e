import { computeNodeRects, unionRects } from '../design/geometry'
import type { Rect } from '../design/geometry'
import type { Design, DesignNode, Position } from '../design/types'
import { expandSelection } from './buildElkGraph'
import type { ElkNodeJson } from './elkTypes'

/**
 * Where ELK put things, in canvas terms: ELK gives each child relative to its parent; the file stores absolute
 * top-left corners (geometry.ts), also inside zones. A full layout is moved so the picture starts at (0, 0);
 * a selection is moved back to where the selection's bounding box was. Node positions and edge routes both
 * go through here, so they move by the same shift.
 */

/** Every node's absolute top-left corner in ELK's result (the root at 0, 0), zones and the root included. */
export function collectAbsolutePositions(root: ElkNodeJson): Map<string, Position> {
  const positions = new Map<string, Position>([[root.id, { x: 0, y: 0 }]])
  const stack: Array<{ node: ElkNodeJson; offsetX: number; offsetY: number }> = (root.children ?? []).map((node) => ({
    node,
    offsetX: 0,
    offsetY: 0,
  }))
  while (stack.length > 0) {
    const { node, offsetX, offsetY } = stack.pop() as { node: ElkNodeJson; offsetX: number; offsetY: number }
    const x = offsetX + (node.x ?? 0)
    const y = offsetY + (node.y ?? 0)
    if (Number.isFinite(x) && Number.isFinite(y)) positions.set(node.id, { x, y })
    for (const child of node.children ?? []) stack.push({ node: child, offsetX: x, offsetY: y })
  }
  return positions
}

function boundsOf(nodes: DesignNode[], ids: ReadonlySet<string>): Rect | undefined {
  const rects = computeNodeRects({ nodes })
  const chosen = [...rects.entries()].filter(([id]) => ids.has(id)).map(([, rect]) => rect)
  return chosen.length > 0 ? unionRects(chosen) : undefined
}

/** Where ELK put each laid-out node (absolute, ELK's frame) and the shift that takes ELK's frame to the canvas. */
export interface ElkPlacement {
  positions: Map<string, Position>
  /** The laid-out nodes that ELK placed. */
  placed: Set<string>
  shift: Position
}

export function placeElkResult(design: Design, elkResult: ElkNodeJson, nodeIds?: readonly string[]): ElkPlacement | undefined {
  const moved = expandSelection(design, nodeIds)
  const positions = collectAbsolutePositions(elkResult)
  const laidOut = design.nodes.map((node) => {
    const position = moved.has(node.id) ? positions.get(node.id) : undefined
    return position ? { ...node, position } : node
  })
  const placed = new Set([...moved].filter((id) => positions.has(id)))
  const newBounds = boundsOf(laidOut, placed)
  if (!newBounds) return undefined
  // Where the group should start: the origin for a full layout, the old bounding box for a selection.
  const anchor = nodeIds ? (boundsOf(design.nodes, placed) ?? newBounds) : { x: 0, y: 0 }
  return { positions, placed, shift: { x: anchor.x - newBounds.x, y: anchor.y - newBounds.y } }
}
