import { readFileSync } from 'node:fs'
import ELK from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import { computeNodeRects, NODE_HEIGHT, NODE_WIDTH } from '../design/geometry'
import type { Rect } from '../design/geometry'
import { parseDesign } from '../design/parse'
import type { Design, DesignNode, Kind, Position } from '../design/types'
import { applyElkLayout, layoutDesignWithRoutes } from './applyElkLayout'
import { buildElkGraph } from './buildElkGraph'
import type { ElkNodeJson, LayoutEngine } from './elkTypes'
import { readElkEdgeRoutes, type EdgeRoutes } from './readElkEdgeRoutes'

const elk: LayoutEngine = new ELK()

const node = (id: string, kind: Kind, parent?: string): DesignNode => ({ id, kind, position: { x: 0, y: 0 }, ...(parent ? { parent } : {}) })
const design = (nodes: DesignNode[], edges: Array<[string, string]>): Design => ({
  format: 'archsight',
  version: 2,
  name: 'Routes test',
  nodes,
  edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target, mode: 'sync', access: 'read' })),
})

function readTemplate(name: string): Design {
  const result = parseDesign(readFileSync(new URL(`../../../resources/templates/${name}.archsight`, import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(result.error.message)
  return result.design
}

/** A card's rectangle from its laid-out position and the one card size (geometry.ts). */
function cardOf(laidOut: Design, id: string): Rect {
  const { position } = laidOut.nodes.find((n) => n.id === id) as DesignNode
  return { x: position.x, y: position.y, width: NODE_WIDTH, height: NODE_HEIGHT }
}

/** How far a point is from the rectangle's border (0 on it), whether inside or outside. */
function distanceToBorder(p: Position, r: Rect): number {
  const dx = Math.max(r.x - p.x, 0, p.x - (r.x + r.width))
  const dy = Math.max(r.y - p.y, 0, p.y - (r.y + r.height))
  if (dx > 0 || dy > 0) return Math.hypot(dx, dy)
  return Math.min(p.x - r.x, r.x + r.width - p.x, p.y - r.y, r.y + r.height - p.y)
}

/** Whether segment a-b passes through the open interior of r (Liang-Barsky clipping against r shrunk by 1 px). */
function crossesInterior(a: Position, b: Position, r: Rect): boolean {
  const [x0, y0, x1, y1] = [r.x + 1, r.y + 1, r.x + r.width - 1, r.y + r.height - 1]
  let t0 = 0
  let t1 = 1
  const dx = b.x - a.x
  const dy = b.y - a.y
  for (const [p, q] of [[-dx, a.x - x0], [dx, x1 - a.x], [-dy, a.y - y0], [dy, y1 - a.y]]) {
    if (p === 0) {
      if (q < 0) return false
      continue
    }
    const t = q / p
    if (p < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 > t1) return false
  }
  return true
}

/** Every route runs from its source card's border to its target's and through no other card. */
function expectCleanRoutes(laidOut: Design, routes: EdgeRoutes): void {
  const cards = laidOut.nodes.filter((n) => n.kind !== 'zone').map((n) => n.id)
  for (const [id, route] of Object.entries(routes)) {
    const edge = laidOut.edges.find((e) => e.id === id)
    expect(edge, id).toBeDefined()
    expect([route.source, route.target]).toEqual([edge?.source, edge?.target])
    const first = route.points[0]
    const last = route.points[route.points.length - 1]
    expect(distanceToBorder(first, cardOf(laidOut, route.source)), `${id} starts on ${route.source}`).toBeLessThanOrEqual(2)
    expect(distanceToBorder(last, cardOf(laidOut, route.target)), `${id} ends on ${route.target}`).toBeLessThanOrEqual(2)
    for (const other of cards) {
      if (other === route.source || other === route.target) continue
      for (let i = 0; i + 1 < route.points.length; i++) {
        expect(crossesInterior(route.points[i], route.points[i + 1], cardOf(laidOut, other)), `${id} crosses ${other}`).toBe(false)
      }
    }
  }
}

// user -> lb -> svc -> queue -> worker, and svc -> db spanning the queue's and the worker's ranks.
const chain = design(
  [node('db', 'relational-db'), node('queue', 'queue'), node('svc', 'service'), node('lb', 'load-balancer'), node('user', 'client'), node('worker', 'function')],
  [
    ['user', 'lb'],
    ['lb', 'svc'],
    ['svc', 'queue'],
    ['queue', 'worker'],
    ['svc', 'db'],
    ['user', 'db'],
    ['svc', 'svc'],
  ],
)

describe('readElkEdgeRoutes', () => {
  it('routes multi-rank edges from border to border around the cards in between, in both directions', async () => {
    for (const direction of ['RIGHT', 'DOWN'] as const) {
      const { design: laidOut, routes } = await layoutDesignWithRoutes(chain, elk, { direction })
      expect(Object.keys(routes).sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5'])
      expectCleanRoutes(laidOut, routes)
      // Orthogonal routing: every segment is horizontal or vertical.
      for (const route of Object.values(routes)) {
        expect(route.curve).toBe('orthogonal')
        for (let i = 0; i + 1 < route.points.length; i++) {
          const [a, b] = [route.points[i], route.points[i + 1]]
          expect(a.x === b.x || a.y === b.y).toBe(true)
        }
      }
      // user -> db skips three ranks, so it needs bends to get past them.
      expect(routes.e5.points.length).toBeGreaterThan(2)
    }
  })

  it('adds the zone offset to edges ELK places inside a zone, also nested zones', async () => {
    const zoned = design(
      [
        node('user', 'client'),
        node('region', 'zone'),
        node('az', 'zone', 'region'),
        node('lb', 'load-balancer', 'region'),
        node('svc', 'service', 'az'),
        node('worker', 'service', 'az'),
        node('db', 'relational-db', 'az'),
        node('cache', 'cache'),
      ],
      [
        ['user', 'lb'],
        ['lb', 'svc'],
        ['svc', 'db'],
        ['worker', 'db'],
        ['svc', 'cache'],
        ['user', 'cache'],
      ],
    )
    const graph = buildElkGraph(zoned, { direction: 'RIGHT' })
    const result = (await elk.layout(graph)) as ElkNodeJson
    // The premise: ELK reports the edge inside the zone relative to that zone, not to the root where it is declared.
    expect(result.edges?.find((e) => e.id === 'e2')?.container).toBe('az')
    const laidOut = applyElkLayout(zoned, result)
    const routes = readElkEdgeRoutes(zoned, result)
    expect(Object.keys(routes)).toHaveLength(6)
    expectCleanRoutes(laidOut, routes)
    // Inside the zone's rectangle, not at the root's origin.
    const az = computeNodeRects(laidOut).get('az') as Rect
    for (const p of routes.e2.points) expect(distanceToBorder(p, az) > 0 && p.x > az.x && p.y > az.y).toBe(true)
  })

  it('turns reversed edges back: a queue delivering to its consumer runs from the queue', async () => {
    const consumer = design([node('api', 'service'), node('q', 'queue'), node('worker', 'service')], [['api', 'q'], ['q', 'worker']])
    const { design: laidOut, routes } = await layoutDesignWithRoutes(consumer, elk, { direction: 'RIGHT' })
    // buildElkGraph points q -> worker the other way round (service rank before queue rank).
    expect(buildElkGraph(consumer, { direction: 'RIGHT' }).edges?.[1]).toMatchObject({ sources: ['worker'], targets: ['q'] })
    expect(routes.e1).toMatchObject({ source: 'q', target: 'worker' })
    expectCleanRoutes(laidOut, routes)
  })

  it('moves routes with a laid-out selection and routes only the edges inside it', async () => {
    const { design: placed } = await layoutDesignWithRoutes(chain, elk, { direction: 'RIGHT' })
    const scattered: Design = {
      ...placed,
      nodes: placed.nodes.map((n) => (n.id === 'svc' ? { ...n, position: { x: 4000, y: 2500 } } : n.id === 'queue' ? { ...n, position: { x: 4100, y: 900 } } : n)),
    }
    const { design: laidOut, routes } = await layoutDesignWithRoutes(scattered, elk, { direction: 'RIGHT', nodeIds: ['svc', 'queue'] })
    expect(Object.keys(routes)).toEqual(['e2'])
    expectCleanRoutes(laidOut, routes)
  })

  it('reads spline routes as control points that still start and end on the cards', async () => {
    const { design: laidOut, routes } = await layoutDesignWithRoutes(chain, elk, { direction: 'RIGHT', edgeRouting: 'SPLINES' })
    expect(Object.keys(routes)).toHaveLength(6)
    for (const route of Object.values(routes)) {
      expect(route.curve).toBe('spline')
      expect(distanceToBorder(route.points[0], cardOf(laidOut, route.source))).toBeLessThanOrEqual(2)
      expect(distanceToBorder(route.points[route.points.length - 1], cardOf(laidOut, route.target))).toBeLessThanOrEqual(2)
    }
  })

  it('routes every template cleanly', async () => {
    for (const name of ['twitter-timeline', 'ticketmaster-onsale', 'url-shortener', 'chat-service', 'news-feed-search']) {
      const template = readTemplate(name)
      const { design: laidOut, routes } = await layoutDesignWithRoutes(template, elk, { direction: 'RIGHT' })
      expect(Object.keys(routes).length, name).toBeGreaterThan(template.edges.length / 2)
      expectCleanRoutes(laidOut, routes)
    }
  })
})
