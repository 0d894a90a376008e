import type { Rect } from '../design/geometry'

/**
 * "Does this rectangle overlap anything placed so far?" in about constant time: rectangles are filed in the
 * cells of a uniform grid they touch. Placing a pill for each of 100,000 edges against every card, arrowhead
 * and earlier pill was quadratic (the 50,000-node export never finished); through the grid it is linear.
 */

const CELL = 256
/** A rectangle spanning more cells than this (a huge zone-sized obstacle) is checked directly instead. */
const MAX_CELLS = 256

export class RectIndex {
  private readonly cells = new Map<string, Rect[]>()
  private readonly large: Rect[] = []

  constructor(rects: Iterable<Rect> = []) {
    for (const rect of rects) this.add(rect)
  }

  add(rect: Rect): void {
    const span = getSpan(rect)
    if ((span.x1 - span.x0 + 1) * (span.y1 - span.y0 + 1) > MAX_CELLS) {
      this.large.push(rect)
      return
    }
    for (let cx = span.x0; cx <= span.x1; cx++) {
      for (let cy = span.y0; cy <= span.y1; cy++) {
        const key = `${cx},${cy}`
        const cell = this.cells.get(key)
        if (cell) cell.push(rect)
        else this.cells.set(key, [rect])
      }
    }
  }

  overlapsAny(rect: Rect): boolean {
    if (this.large.some((other) => isOverlapping(rect, other))) return true
    const span = getSpan(rect)
    for (let cx = span.x0; cx <= span.x1; cx++) {
      for (let cy = span.y0; cy <= span.y1; cy++) {
        const cell = this.cells.get(`${cx},${cy}`)
        if (cell?.some((other) => isOverlapping(rect, other))) return true
      }
    }
    return false
  }
}

function getSpan(rect: Rect): { x0: number; y0: number; x1: number; y1: number } {
  return {
    x0: Math.floor(rect.x / CELL),
    y0: Math.floor(rect.y / CELL),
    x1: Math.floor((rect.x + rect.width) / CELL),
    y1: Math.floor((rect.y + rect.height) / CELL),
  }
}

export function isOverlapping(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
