import type { Design, Position } from '../design/types'
import type { ElkEdgeJson, ElkNodeJson } from './elkTypes'
import { placeElkResult } from './elkPlacement'

/**
 * The path ELK routed each edge along, in absolute canvas coordinates, so the canvas can draw edges around
 * cards instead of straight through them. ELK reports an edge's sections relative to its container: the node
 * named in the edge's `container` (ELK writes it when the edge runs inside a zone, even though buildElkGraph
 * declares every edge at the root), else the node that declares it. The result is then moved by the same
 * shift as the nodes (elkPlacement.ts), so routes and cards line up exactly.
 */

/** 'orthogonal': a polyline with right-angle bends. 'spline': start, then cubic Bézier control points and ends. */
export type EdgeRouteCurve = 'orthogonal' | 'spline'

export interface EdgeRoute {
  /** The design edge's own source and target: the points run from source to target. */
  source: string
  target: string
  points: Position[]
  curve: EdgeRouteCurve
}

export type EdgeRoutes = Record<string, EdgeRoute>

interface DeclaredEdge {
  edge: ElkEdgeJson
  declaredIn: string
}

function listEdges(root: ElkNodeJson): DeclaredEdge[] {
  const out: DeclaredEdge[] = []
  const stack = [root]
  while (stack.length > 0) {
    const node = stack.pop() as ElkNodeJson
    for (const edge of node.edges ?? []) out.push({ edge, declaredIn: node.id })
    stack.push(...(node.children ?? []))
  }
  return out
}

function readSectionPoints(edge: ElkEdgeJson): Position[] {
  const points: Position[] = []
  for (const section of edge.sections ?? []) {
    for (const point of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
      const last = points[points.length - 1]
      if (last && last.x === point.x && last.y === point.y) continue
      points.push(point)
    }
  }
  return points
}

export function readElkEdgeRoutes(design: Design, elkResult: ElkNodeJson, nodeIds?: readonly string[]): EdgeRoutes {
  const placement = placeElkResult(design, elkResult, nodeIds)
  if (!placement) return {}
  const { positions, shift } = placement
  const curve: EdgeRouteCurve = elkResult.layoutOptions?.['elk.edgeRouting'] === 'SPLINES' ? 'spline' : 'orthogonal'
  const designEdges = new Map(design.edges.map((e) => [e.id, e]))
  const routes: EdgeRoutes = {}
  for (const { edge, declaredIn } of listEdges(elkResult)) {
    const designEdge = designEdges.get(edge.id)
    const origin = positions.get(edge.container ?? declaredIn)
    if (!designEdge || !origin) continue
    const points = readSectionPoints(edge).map((p) => ({
      x: Math.round(p.x + origin.x + shift.x),
      y: Math.round(p.y + origin.y + shift.y),
    }))
    if (points.length < 2 || !points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))) continue
    // buildElkGraph points every edge from the earlier role to the later; the route runs as the design's edge does.
    const isReversed = edge.sources[0] !== designEdge.source
    routes[edge.id] = {
      source: designEdge.source,
      target: designEdge.target,
      points: isReversed ? points.reverse() : points,
      curve,
    }
  }
  return routes
}
