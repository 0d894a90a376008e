import { create } from 'zustand'
import type { Design, Position } from '@core/design/types'
import type { PictureOptions } from '@core/picture'
import type { EdgeRoute, EdgeRoutes } from '@core/layout'

/**
 * The paths auto-layout routed edges along (around cards, not through them), kept in memory only: the file
 * format has no place for them and they are not an undo step. A route is drawn only while its edge joins the
 * same two nodes and both still sit exactly where the layout put them; moving either (a drag, undoing the
 * layout) makes the edge fall back to its usual curve, and loading another design drops every route. Only the
 * two ends are checked: a third card dragged onto a route does not hide it (the edge is still correct).
 */

export interface StoredRoute extends EdgeRoute {
  /** Top-left corners of the source and target at layout time (absolute, as in the design). */
  sourceAt: Position
  targetAt: Position
}

export interface EdgeRouteState {
  routes: ReadonlyMap<string, StoredRoute>
  /** Replaces every route: a new layout (also of a selection) decides afresh which edges it routed. */
  setRoutes: (routes: EdgeRoutes, laidOut: Design) => void
  clearRoutes: () => void
}

const EMPTY: ReadonlyMap<string, StoredRoute> = new Map()

export function storeRoutes(routes: EdgeRoutes, laidOut: Design): Map<string, StoredRoute> {
  const positions = new Map(laidOut.nodes.map((n) => [n.id, n.position]))
  const stored = new Map<string, StoredRoute>()
  for (const [id, route] of Object.entries(routes)) {
    const sourceAt = positions.get(route.source)
    const targetAt = positions.get(route.target)
    if (!sourceAt || !targetAt || route.points.length < 2) continue
    stored.set(id, { ...route, sourceAt, targetAt })
  }
  return stored
}

export const useEdgeRoutes = create<EdgeRouteState>()((set) => ({
  routes: EMPTY,
  setRoutes: (routes, laidOut) => set({ routes: storeRoutes(routes, laidOut) }),
  clearRoutes: () => set({ routes: EMPTY }),
}))

const isSamePosition = (a: Position, b: Position): boolean => a.x === b.x && a.y === b.y

/** The rule for drawing a stored route: same endpoints, both exactly where the layout left them. */
export function isRouteCurrent(
  route: StoredRoute,
  edge: { source: string; target: string },
  sourceAt: Position,
  targetAt: Position,
): boolean {
  return (
    route.source === edge.source &&
    route.target === edge.target &&
    isSamePosition(route.sourceAt, sourceAt) &&
    isSamePosition(route.targetAt, targetAt)
  )
}

export type ExportRoutes = NonNullable<PictureOptions['routes']>

/**
 * The stored routes the canvas draws right now: the edge still exists, joins the same two nodes, and both sit
 * where the layout left them (isRouteCurrent, the rule ArchEdge uses). A stale route is left out,
 * so the picture shows that edge as the canvas does: as a curve.
 */
export function collectCurrentRoutes(design: Design, stored: ReadonlyMap<string, StoredRoute>): ExportRoutes {
  if (stored.size === 0) return {}
  const positions = new Map(design.nodes.map((n) => [n.id, n.position]))
  const current: [string, ExportRoutes[string]][] = []
  for (const edge of design.edges) {
    const route = stored.get(edge.id)
    const sourceAt = positions.get(edge.source)
    const targetAt = positions.get(edge.target)
    if (route && sourceAt && targetAt && isRouteCurrent(route, edge, sourceAt, targetAt))
      current.push([edge.id, { points: route.points, curve: route.curve }])
  }
  // fromEntries defines own properties, so an edge id like "__proto__" stays a plain key.
  return Object.fromEntries(current)
}

