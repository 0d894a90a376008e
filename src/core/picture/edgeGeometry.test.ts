import { describe, expect, it } from 'vitest'
import { computeEdgePath, drawEdgeStroke } from './edgeGeometry'

const api = { x: 0, y: 0, width: 184, height: 68 }
const db = { x: 400, y: 200, width: 184, height: 68 }
const route = { points: [{ x: 184, y: 34 }, { x: 300, y: 34 }, { x: 300, y: 234 }, { x: 400, y: 234 }] }

/** The one edge path both renderers draw: the canvas (ArchEdge) and the export (svgEdges) pass it on as is. */
describe('computeEdgePath', () => {
  it('draws a route with rounded bends, ending on its last point, its middle half way along', () => {
    const path = computeEdgePath(api, db, false, route)
    expect(path.toSvgPath()).toBe('M184 34 L290 34 Q300 34 300 44 L300 224 Q300 234 310 234 L400 234')
    // 116 + 200 + 100 = 416 long: the middle is 92 px down the vertical segment.
    expect(path.pointAt(0.5)).toEqual({ x: 300, y: 126 })
  })

  it('keeps a short segment from being swallowed by its corners', () => {
    const points = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 6 }, { x: 200, y: 6 }]
    expect(computeEdgePath(api, db, false, { points }).toSvgPath()).toBe('M0 0 L97 0 Q100 0 100 3 L100 3 Q100 6 103 6 L200 6')
  })

  it("stops a route entering through the right or bottom border short of a stacked card's copies", () => {
    const fromRight = [{ x: 500, y: 0 }, { x: 300, y: 0 }, { x: 300, y: 34 }, { x: 184, y: 34 }]
    expect(computeEdgePath(db, api, false, { points: fromRight }, 8).toSvgPath()).toMatch(/ L192 34$/)
    expect(computeEdgePath(db, api, false, { points: [{ x: 92, y: 300 }, { x: 92, y: 68 }] }, 8).toSvgPath()).toBe('M92 300 L92 76')
    // Entering through the left border: the end stays on the card.
    expect(computeEdgePath(api, db, false, route, 8).toSvgPath()).toMatch(/ L400 234$/)
  })

  it('joins ELK spline control points as cubic pieces and falls back to a polyline when they do not fit', () => {
    const spline = [{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 100 }, { x: 100, y: 100 }]
    expect(computeEdgePath(api, db, false, { points: spline, curve: 'spline' }).toSvgPath()).toBe('M0 0 C50 0 50 100 100 100')
    expect(computeEdgePath(api, db, false, { points: spline.slice(0, 3), curve: 'spline' }).toSvgPath()).toMatch(/^M0 0 L.* L50 100$/)
  })

  it('curves between the two cards without a route, and loops a self-edge from the right side into the top', () => {
    const curve = computeEdgePath(api, db, false)
    // The line between the centres leaves the source through its bottom and enters the target through its top.
    expect([curve.start, curve.end]).toEqual([{ x: 160, y: 68 }, { x: 424, y: 200 }])
    expect(curve.toSvgPath()).toBe('M160 68 C160 134 424 134 424 200')
    const loop = computeEdgePath(api, api, true)
    expect(loop.toSvgPath()).toBe('M184 34 C244 34 160 -60 160 0')
  })

  it('ends the stroke before the arrow tip and points the arrow along the last stretch', () => {
    const stroke = drawEdgeStroke(computeEdgePath(api, db, false, route))
    expect(stroke.d).toMatch(/ L395 234$/)
    expect(stroke.arrow[0]).toEqual({ x: 400, y: 234 })
    expect(stroke.arrow.slice(1)).toEqual([{ x: 393, y: 237.5 }, { x: 393, y: 230.5 }])
  })
})
