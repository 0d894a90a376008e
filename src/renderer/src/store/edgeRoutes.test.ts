import { describe, expect, it } from 'vitest'
import { createEmptyDesign, type Design } from '@core/design/types'
import type { EdgeRoutes } from '@core/layout'
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
