import { describe, expect, it } from 'vitest'
import { createEmptyDesign, type Design } from '../../../../core/design/types'
import type { EdgeRoutes } from '../../../../core/layout'
import { getRoutePath } from './edgeGeometry'
import { isRouteCurrent, storeRoutes } from './edgeRoutes'

const laidOut: Design = {
  ...createEmptyDesign(),
  nodes: [
    { id: 'api', kind: 'service', position: { x: 0, y: 0 } },
    { id: 'db', kind: 'relational-db', position: { x: 400, y: 200 } },
  ],
  edges: [{ id: 'e1', source: 'api', target: 'db', mode: 'sync', access: 'read' }],
}
const routes: EdgeRoutes = {
  e1: { source: 'api', target: 'db', curve: 'orthogonal', points: [{ x: 184, y: 34 }, { x: 300, y: 34 }, { x: 300, y: 234 }, { x: 400, y: 234 }] },
  ghost: { source: 'api', target: 'nowhere', curve: 'orthogonal', points: [{ x: 0, y: 0 }, { x: 1, y: 1 }] },
}

describe('stored edge routes', () => {
  const stored = storeRoutes(routes, laidOut)
  const route = stored.get('e1')!

  it('records both ends where the layout put them and drops routes to unknown nodes', () => {
    expect([...stored.keys()]).toEqual(['e1'])
    expect(route).toMatchObject({ source: 'api', target: 'db', sourceAt: { x: 0, y: 0 }, targetAt: { x: 400, y: 200 } })
  })

  it('is drawn only while the edge joins the same nodes and both sit exactly where they were laid out', () => {
    const edge = { source: 'api', target: 'db' }
    expect(isRouteCurrent(route, edge, { x: 0, y: 0 }, { x: 400, y: 200 })).toBe(true)
    expect(isRouteCurrent(route, edge, { x: 1, y: 0 }, { x: 400, y: 200 })).toBe(false)
    expect(isRouteCurrent(route, edge, { x: 0, y: 0 }, { x: 400, y: 200.5 })).toBe(false)
    expect(isRouteCurrent(route, { source: 'db', target: 'api' }, { x: 0, y: 0 }, { x: 400, y: 200 })).toBe(false)
    expect(isRouteCurrent(route, { source: 'api', target: 'cache' }, { x: 0, y: 0 }, { x: 400, y: 200 })).toBe(false)
  })
})

describe('getRoutePath', () => {
  it('draws the polyline with rounded bends, ending exactly on the last point, label half way along', () => {
    const { path, labelX, labelY } = getRoutePath(routes.e1.points, 'orthogonal')
    expect(path).toBe('M 184 34 L 290 34 Q 300 34 300 44 L 300 224 Q 300 234 310 234 L 400 234')
    // 116 + 200 + 100 = 416 long: the middle is 92 px down the vertical segment.
    expect([labelX, labelY]).toEqual([300, 126])
  })

  it('keeps a short segment from being swallowed by its corners', () => {
    const { path } = getRoutePath([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 6 }, { x: 200, y: 6 }], 'orthogonal')
    expect(path).toBe('M 0 0 L 97 0 Q 100 0 100 3 L 100 3 Q 100 6 103 6 L 200 6')
  })

  it('stops a route entering through the right or bottom border short of a stacked card\'s copies', () => {
    const fromRight = [{ x: 500, y: 0 }, { x: 300, y: 0 }, { x: 300, y: 34 }, { x: 184, y: 34 }]
    expect(getRoutePath(fromRight, 'orthogonal', 8).path).toMatch(/ L 192 34$/)
    const fromBelow = [{ x: 92, y: 300 }, { x: 92, y: 68 }]
    expect(getRoutePath(fromBelow, 'orthogonal', 8).path).toBe('M 92 300 L 92 76')
    // Entering through the left border, or a last run too short to give up 8 px: the end stays on the card.
    expect(getRoutePath(routes.e1.points, 'orthogonal', 8).path).toMatch(/ L 400 234$/)
    expect(getRoutePath([{ x: 200, y: 0 }, { x: 200, y: 34 }, { x: 190, y: 34 }], 'orthogonal', 8).path).toMatch(/ L 190 34$/)
  })

  it('joins ELK spline control points as cubic pieces and falls back to a polyline when they do not fit', () => {
    const spline = [{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 100 }, { x: 100, y: 100 }]
    expect(getRoutePath(spline, 'spline').path).toBe('M 0 0 C 50 0, 50 100, 100 100')
    expect(getRoutePath(spline.slice(0, 3), 'spline').path).toMatch(/^M 0 0 L .* L 50 100$/)
  })
})
