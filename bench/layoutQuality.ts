import type { EdgeRoutes } from '../src/core/layout/index'

/**
 * How many times the routed edges of a layout cross each other: the quality figure printed beside the time, so
 * an option that makes layout faster can be seen to keep the picture as readable. Splines are counted through
 * their control polygon, which is close enough to compare two layouts of one design.
 */
interface Point {
  x: number
  y: number
}

function side(p: Point, q: Point, r: Point): number {
  return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
}

function isProperCrossing(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = side(c, d, a)
  const d2 = side(c, d, b)
  const d3 = side(a, b, c)
  const d4 = side(a, b, d)
  return d1 * d2 < 0 && d3 * d4 < 0
}

export function countRouteCrossings(routes: EdgeRoutes): number {
  const paths = Object.values(routes).map((route) => route.points)
  let crossings = 0
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const a = paths[i]
      const b = paths[j]
      for (let s = 1; s < a.length; s++) {
        for (let t = 1; t < b.length; t++) {
          if (isProperCrossing(a[s - 1], a[s], b[t - 1], b[t])) crossings++
        }
      }
    }
  }
  return crossings
}
