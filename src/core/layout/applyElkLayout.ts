import { computeNodeRects, unionRects } from '../design/geometry'
import type { Rect } from '../design/geometry'
import type { Design, DesignNode, Position } from '../design/types'
import { buildElkGraph, expandSelection } from './buildElkGraph'
import type { LayoutOptions } from './buildElkGraph'
import type { ElkNodeJson, LayoutEngine } from './elkTypes'

/**
 * ELK result -> design positions. ELK gives each child relative to its parent; the file stores absolute
 * top-left corners (geometry.ts), also inside zones. A full layout is moved so the picture starts at (0, 0);
 * a selection is moved back to where the selection's bounding box was, and nothing else moves.
 */

function collectAbsolutePositions(root: ElkNodeJson): Map<string, Position> {
  const positions = new Map<string, Position>()
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

export function applyElkLayout(design: Design, elkResult: ElkNodeJson, nodeIds?: readonly string[]): Design {
  const moved = expandSelection(design, nodeIds)
  const positions = collectAbsolutePositions(elkResult)
  const laidOut = design.nodes.map((node) => {
    const position = moved.has(node.id) ? positions.get(node.id) : undefined
    return position ? { ...node, position } : node
  })
  const placed = new Set([...moved].filter((id) => positions.has(id)))
  const newBounds = boundsOf(laidOut, placed)
  if (!newBounds) return design
  // Where the group should start: the origin for a full layout, the old bounding box for a selection.
  const anchor = nodeIds ? (boundsOf(design.nodes, placed) ?? newBounds) : { x: 0, y: 0 }
  const dx = anchor.x - newBounds.x
  const dy = anchor.y - newBounds.y
  return {
    ...design,
    nodes: laidOut.map((node) =>
      placed.has(node.id)
        ? { ...node, position: { x: Math.round(node.position.x + dx), y: Math.round(node.position.y + dy) } }
        : node,
    ),
  }
}

/** Lays out the whole design, or only options.nodeIds, with the given engine; rejects when the engine fails. */
export async function layoutDesign(design: Design, engine: LayoutEngine, options: LayoutOptions): Promise<Design> {
  const graph = buildElkGraph(design, options)
  if ((graph.children ?? []).length === 0) return design
  const result = await engine.layout(graph)
  return applyElkLayout(design, result, options.nodeIds)
}
