import { computeNodeRects } from '@core/design/geometry'
import type { Design } from '@core/design/types'
import { layoutEdges } from '@core/picture'
import type { PlacedPill } from '../flowMapping'
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
