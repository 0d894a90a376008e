import { computeNodeRects } from '@core/design/geometry'
import type { Design, DesignNode } from '@core/design/types'
import { getStackDepth, layoutEdges } from '@core/picture'
import { isSameLayout, type PlacedPill } from '../flowMapping'
import { collectCurrentRoutes, type StoredRoute } from '@renderer/store'

/**
 * Every edge's pill where core/picture places it (clear of cards, arrowheads and other pills), for the cards
 * where the design has them and the routes the canvas draws: the same places the export uses. An edge whose
 * ends have moved since (mid-drag) no longer matches `start`/`end` and keeps its pill at its path's middle.
 */
export function placeEdgePills(design: Design, stored: ReadonlyMap<string, StoredRoute>): Map<string, PlacedPill> {
  const { paths, pills } = layoutEdges(design, computeNodeRects(design), collectCurrentRoutes(design, stored))
  const placed = new Map<string, PlacedPill>()
  for (const [id, pill] of pills) {
    const path = paths.get(id)
    if (path) placed.set(id, { pill, start: path.start, end: path.end })
  }
  return placed
}

/**
 * placeEdgePills with a memory: the places depend only on the edges, the routes, and each node's id, kind,
 * zone and position, and, where there are routes, its stack depth (a route's arrow stops before a stacked
 * card's copies; a curve ignores them: computeEdgePath). An edit that changes none of these for any node (a
 * prop, a label) gets the same Map back, without placing ~1,500 pills again at 1,000 nodes.
 */
export function createPillPlacer(): (design: Design, stored: ReadonlyMap<string, StoredRoute>) => Map<string, PlacedPill> {
  let last: { design: Design; stored: ReadonlyMap<string, StoredRoute>; pills: Map<string, PlacedPill> } | null = null
  return (design, stored) => {
    if (last && last.stored === stored && last.design.edges === design.edges && isSameLayout(last.design.nodes, design.nodes, stored.size > 0 ? isSameStack : undefined)) {
      last = { ...last, design }
      return last.pills
    }
    last = { design, stored, pills: placeEdgePills(design, stored) }
    return last.pills
  }
}

/** A stacked card's edges end before its copies: a change of stack depth moves the ends of the edges into it. */
const isSameStack = (a: DesignNode, b: DesignNode): boolean => getStackDepth(a) === getStackDepth(b)
