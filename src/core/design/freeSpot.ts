import type { Position } from './types'
import type { Rect } from './geometry'

/** Room kept between a new card and its neighbours, so they read as separate and edges have space. */
const GAP = 24
const MAX_RINGS = 40

/**
 * Where a new card of `size` goes: centred on `centre` when that is free, else the nearest free place on
 * rings of grid cells around it (one card plus a gap per step), so cards added one after another from the
 * keyboard line up beside each other instead of stacking. `taken` are the rectangles to keep clear of.
 * Returns the card's top-left corner.
 */
export function findFreeSpot(taken: readonly Rect[], size: { width: number; height: number }, centre: Position): Position {
  const origin = { x: Math.round(centre.x - size.width / 2), y: Math.round(centre.y - size.height / 2) }
  const stepX = size.width + GAP
  const stepY = size.height + GAP
  const isFree = (x: number, y: number) =>
    taken.every(
      (r) => x >= r.x + r.width + GAP || r.x >= x + size.width + GAP || y >= r.y + r.height + GAP || r.y >= y + size.height + GAP,
    )
  for (let ring = 0; ring <= MAX_RINGS; ring++) {
    const cells: { i: number; j: number }[] = []
    for (let i = -ring; i <= ring; i++) {
      for (let j = -ring; j <= ring; j++) if (Math.max(Math.abs(i), Math.abs(j)) === ring) cells.push({ i, j })
    }
    // Nearest in cells first; on a tie prefer the right, then below (reading order), for a predictable line-up.
    cells.sort((a, b) => Math.hypot(a.i, a.j) - Math.hypot(b.i, b.j) || b.i - a.i || b.j - a.j)
    const free = cells.map((c) => ({ x: origin.x + c.i * stepX, y: origin.y + c.j * stepY })).find((p) => isFree(p.x, p.y))
    if (free) return free
  }
  return origin
}
