import type { Rect } from '../design/geometry'
import { describeEdgeMark } from '../design/edges'
import type { DesignEdge } from '../design/types'
import type { EdgePath } from './edgePath'
import { estimateTextWidth, truncateText } from './text'

/**
 * An edge's label pill: R/W/RW, a lock for strong consistency, then the edge's label; placed where it covers no
 * card, no arrowhead and no other pill. Placed for the whole picture at once (the export, and the canvas while
 * its cards sit where the design has them).
 */
export interface EdgePill {
  rect: Rect
  marker: string
  markerWidth: number
  isStrong: boolean
  /** The label as drawn: trimmed, cut with an ellipsis to fit the pill's maximum width. */
  label: string
}

export const PILL = { height: 18, padding: 6, gap: 4, lockSize: 10, maxWidth: 180, fontSize: 11, markerFontSize: 10.5 } as const
const MAX_LABEL_WIDTH = PILL.maxWidth - 2 * PILL.padding - 2 * PILL.gap - 30

/** What the pill says and how wide it is, before it is placed. */
export function describePill(edge: DesignEdge): Omit<EdgePill, 'rect'> & { width: number } {
  // R/W/RW, REPL for a replication edge, then ×N for a fan-out: the one rule in core/design/edges.
  const marker = describeEdgeMark(edge)
  const isStrong = edge.consistency === 'strong'
  const label = edge.label?.trim() ? truncateText(edge.label.trim(), MAX_LABEL_WIDTH, PILL.fontSize) : ''
  // Monospace advance is 0.6 em; a rasteriser without a monospace font falls back to a wider sans W.
  const markerWidth = Math.max(marker.length * PILL.markerFontSize * 0.6, estimateTextWidth(marker, PILL.markerFontSize, true) + 1)
  const width =
    2 * PILL.padding +
    markerWidth +
    (isStrong ? PILL.gap + PILL.lockSize : 0) +
    (label ? PILL.gap + estimateTextWidth(label, PILL.fontSize) : 0)
  return { marker, markerWidth, isStrong, label, width }
}

function isOverlapping(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/**
 * Rectangles bucketed in a coarse grid, so asking "does this spot cover anything?" reads a few cells instead of
 * every card of a large design (placing every pill stays near linear in the design's size). Cells are keyed by
 * a number, not a string, and walked by plain loops: the canvas places every pill again on each edit that moves
 * an edge's end (a stacked card), so this runs on the path from an edit to its paint.
 */
class Obstacles {
  private readonly cells = new Map<number, Rect[]>()
  /** Rectangles spanning too many cells (degenerate, huge): checked against every placement. */
  private readonly huge: Rect[] = []
  private static readonly SIZE = 256
  /**
   * key = column * ROW + row is one number per cell while |row| < ROW / 2, i.e. for |y| up to 2^28 px: a design
   * keeps its positions within ±10^7 (LIMITS.coordinate), and the keys stay well inside a double's integers.
   */
  private static readonly ROW = 2 ** 21

  /** The grid cells a rectangle covers, or undefined for a degenerate (huge) one, kept apart from the grid. */
  private static cellsOf(rect: Rect): { x0: number; x1: number; y0: number; y1: number } | undefined {
    const size = Obstacles.SIZE
    const x0 = Math.floor(rect.x / size)
    const x1 = Math.floor((rect.x + rect.width) / size)
    const y0 = Math.floor(rect.y / size)
    const y1 = Math.floor((rect.y + rect.height) / size)
    return (x1 - x0 + 1) * (y1 - y0 + 1) > 4096 ? undefined : { x0, x1, y0, y1 }
  }

  add(rect: Rect): void {
    const range = Obstacles.cellsOf(rect)
    if (!range) {
      this.huge.push(rect)
      return
    }
    for (let x = range.x0; x <= range.x1; x++) {
      for (let y = range.y0; y <= range.y1; y++) {
        const key = x * Obstacles.ROW + y
        const cell = this.cells.get(key)
        if (cell) cell.push(rect)
        else this.cells.set(key, [rect])
      }
    }
  }

  isFree(rect: Rect): boolean {
    const range = Obstacles.cellsOf(rect)
    // A degenerate (huge) rectangle is checked against the huge ones rather than looping over millions of cells.
    if (!range) return !this.huge.some((other) => isOverlapping(rect, other))
    for (let x = range.x0; x <= range.x1; x++) {
      for (let y = range.y0; y <= range.y1; y++) {
        const cell = this.cells.get(x * Obstacles.ROW + y)
        if (cell) for (const other of cell) if (isOverlapping(rect, other)) return false
      }
    }
    return true
  }
}

const PILL_TS = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74]

/**
 * Where an edge's pill goes: the first spot along the path (middle first), then beside its middle, that covers
 * no obstacle; the middle when nothing is free. Without this a label lands on a card the edge passes behind.
 * Spots are tried one at a time (most pills take the first).
 */
function placePill(path: EdgePath, width: number, height: number, obstacles: Obstacles): Rect {
  const mid = path.pointAt(PILL_TS[0])
  const at = (x: number, y: number): Rect => ({ x: x - width / 2, y: y - height / 2, width, height })
  const tryAlong = (): Rect | undefined => {
    for (const t of PILL_TS) {
      const centre = t === PILL_TS[0] ? mid : path.pointAt(t)
      const rect = at(centre.x, centre.y)
      if (obstacles.isFree(rect)) return rect
    }
    return undefined
  }
  const tryBeside = (): Rect | undefined => {
    // The same arithmetic as the spots were always computed with, so every pill lands on the same float.
    const beside = [
      { x: mid.x, y: mid.y - height / 2 - 8 },
      { x: mid.x, y: mid.y + height / 2 + 8 },
      { x: mid.x + width / 2 + 8, y: mid.y },
      { x: mid.x - width / 2 - 8, y: mid.y },
    ]
    for (const centre of beside) {
      const rect = at(centre.x, centre.y)
      if (obstacles.isFree(rect)) return rect
    }
    return undefined
  }
  // A pill longer than its edge would hide the whole line: try beside it first.
  const found = path.length < width + 24 ? (tryBeside() ?? tryAlong()) : (tryAlong() ?? tryBeside())
  return found ?? at(mid.x, mid.y)
}

/** A box around the arrowhead, to keep pills off it. */
function boundArrowhead(path: EdgePath): Rect {
  const size = 7
  return { x: path.end.x - size, y: path.end.y - size, width: 2 * size, height: 2 * size }
}

/** Every edge's pill, in edge order; edges without a path (an end missing) get none. */
export function layoutPills(
  edges: readonly DesignEdge[],
  paths: ReadonlyMap<string, EdgePath>,
  cards: Iterable<Rect>,
): Map<string, EdgePill> {
  const obstacles = new Obstacles()
  for (const card of cards) obstacles.add(card)
  for (const path of paths.values()) obstacles.add(boundArrowhead(path))
  const pills = new Map<string, EdgePill>()
  for (const edge of edges) {
    const path = paths.get(edge.id)
    if (!path) continue
    const { width, ...content } = describePill(edge)
    const rect = placePill(path, width, PILL.height, obstacles)
    obstacles.add(rect)
    pills.set(edge.id, { rect, ...content })
  }
  return pills
}
