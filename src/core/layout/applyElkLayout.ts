import type { Design } from '../design/types'
import { buildElkGraph } from './buildElkGraph'
import type { LayoutOptions } from './buildElkGraph'
import type { ElkNodeJson, LayoutEngine } from './elkTypes'
import { placeElkResult } from './elkPlacement'
import { readElkEdgeRoutes, type EdgeRoutes } from './readElkEdgeRoutes'

/** ELK result -> design positions (elkPlacement.ts); nodes outside a laid-out selection do not move. */

export function applyElkLayout(design: Design, elkResult: ElkNodeJson, nodeIds?: readonly string[]): Design {
  const placement = placeElkResult(design, elkResult, nodeIds)
  if (!placement) return design
  const { positions, placed, shift } = placement
  return {
    ...design,
    nodes: design.nodes.map((node) => {
      const at = placed.has(node.id) ? positions.get(node.id) : undefined
      return at ? { ...node, position: { x: Math.round(at.x + shift.x), y: Math.round(at.y + shift.y) } } : node
    }),
  }
}

/** Lays out the whole design, or only options.nodeIds, with the given engine; rejects when the engine fails. */
export async function layoutDesign(design: Design, engine: LayoutEngine, options: LayoutOptions): Promise<Design> {
  return (await layoutDesignWithRoutes(design, engine, options)).design
}

/**
 * layoutDesign plus the path ELK routed each laid-out edge along, in canvas coordinates. The routes are for
 * drawing only: the file format has no place for them.
 */
export async function layoutDesignWithRoutes(
  design: Design,
  engine: LayoutEngine,
  options: LayoutOptions,
): Promise<{ design: Design; routes: EdgeRoutes }> {
  const graph = buildElkGraph(design, options)
  if ((graph.children ?? []).length === 0) return { design, routes: {} }
  const result = await engine.layout(graph)
  return { design: applyElkLayout(design, result, options.nodeIds), routes: readElkEdgeRoutes(design, result, options.nodeIds) }
}
