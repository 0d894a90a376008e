import { readFileSync } from 'node:fs'
import ELK from 'elkjs/lib/elk.bundled.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { computeNodeRects } from '../design/geometry'
import type { Rect } from '../design/geometry'
import { parseDesign } from '../design/parse'
import type { Design, DesignNode, Kind } from '../design/types'
import { arbitraryDesign } from '../testing/arbitraries'
import { layoutDesign } from './applyElkLayout'
import type { LayoutEngine } from './elkTypes'

const elk: LayoutEngine = new ELK()

function readDesign(path: string): Design {
  const result = parseDesign(readFileSync(new URL(path, import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(result.error.message)
  return result.design
}

const design = (nodes: DesignNode[], edges: Array<[string, string]> = []): Design => ({
  format: 'archsight',
  version: 2,
  name: 'Layout test',
  nodes,
  edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target, mode: 'sync', access: 'read' })),
})
const node = (id: string, kind: Kind, extra: Partial<DesignNode> = {}): DesignNode => ({ id, kind, position: { x: 0, y: 0 }, ...extra })

const overlaps = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

function isInside(inner: Rect, outer: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}

function isDescendant(nodes: Map<string, DesignNode>, id: string, zoneId: string): boolean {
  const seen = new Set<string>()
  for (let current = nodes.get(id)?.parent; current && !seen.has(current); current = nodes.get(current)?.parent) {
    if (current === zoneId) return true
    seen.add(current)
  }
  return false
}

/** Non-zone nodes never overlap; a zone holds its descendants and overlaps no other node. */
function expectTidy(result: Design): void {
  const rects = computeNodeRects(result)
  const byId = new Map(result.nodes.map((n) => [n.id, n]))
  for (const a of result.nodes) {
    expect(Number.isFinite(a.position.x) && Number.isFinite(a.position.y), a.id).toBe(true)
    for (const b of result.nodes) {
      if (a.id >= b.id && a.kind !== 'zone') continue
      if (a.id === b.id) continue
      const ra = rects.get(a.id) as Rect
      const rb = rects.get(b.id) as Rect
      if (a.kind !== 'zone' && b.kind !== 'zone') expect(overlaps(ra, rb), `${a.id} overlaps ${b.id}`).toBe(false)
      if (a.kind === 'zone' && b.kind !== 'zone') {
        if (isDescendant(byId, b.id, a.id)) expect(isInside(rb, ra), `${b.id} is outside its zone ${a.id}`).toBe(true)
        else expect(overlaps(ra, rb), `${b.id} lies on zone ${a.id}`).toBe(false)
      }
    }
  }
}

const chain = design(
  [
    node('db', 'relational-db'),
    node('queue', 'queue'),
    node('svc', 'service'),
    node('lb', 'load-balancer'),
    node('user', 'client'),
  ],
  // The worker writes back to the queue's consumer and the db calls nothing: ranks still come from roles.
  [
    ['user', 'lb'],
    ['lb', 'svc'],
    ['svc', 'queue'],
    ['svc', 'db'],
    ['queue', 'svc'],
  ],
)

describe('layoutDesign', () => {
  it('ranks nodes by role from left to right: client, load balancer, service, queue, store', async () => {
    const result = await layoutDesign(chain, elk, { direction: 'RIGHT' })
    const x = Object.fromEntries(result.nodes.map((n) => [n.id, n.position.x]))
    expect(x.user).toBeLessThan(x.lb)
    expect(x.lb).toBeLessThan(x.svc)
    expect(x.svc).toBeLessThan(x.queue)
    expect(x.queue).toBeLessThan(x.db)
    expectTidy(result)
    expect(Math.min(...result.nodes.map((n) => n.position.x))).toBe(0)
  })

  it('ranks from top to bottom with direction DOWN', async () => {
    const result = await layoutDesign(chain, elk, { direction: 'DOWN', edgeRouting: 'SPLINES' })
    const y = Object.fromEntries(result.nodes.map((n) => [n.id, n.position.y]))
    expect(y.user).toBeLessThan(y.lb)
    expect(y.lb).toBeLessThan(y.svc)
    expect(y.svc).toBeLessThan(y.queue)
    expect(y.queue).toBeLessThan(y.db)
    expectTidy(result)
  })

  it('keeps zones around their children, also nested zones, and nothing else inside them', async () => {
    const zoned = design(
      [
        node('user', 'client'),
        node('region', 'zone', { technology: 'region' }),
        node('az', 'zone', { parent: 'region' }),
        node('lb', 'load-balancer', { parent: 'region' }),
        node('svc', 'service', { parent: 'az' }),
        node('db', 'relational-db', { parent: 'az' }),
        node('cache', 'cache'),
        node('empty', 'zone'),
      ],
      [
        ['user', 'lb'],
        ['lb', 'svc'],
        ['svc', 'db'],
        ['svc', 'cache'],
      ],
    )
    const result = await layoutDesign(zoned, elk, { direction: 'RIGHT' })
    expectTidy(result)
  })

  it('lays out only the selection, puts it where the selection was, and moves nothing else', async () => {
    const placed = await layoutDesign(chain, elk, { direction: 'RIGHT' })
    const scattered: Design = {
      ...placed,
      nodes: placed.nodes.map((n, i) => (n.id === 'svc' || n.id === 'queue' ? { ...n, position: { x: 5000 + i * 7, y: 3000 - i * 500 } } : n)),
    }
    const result = await layoutDesign(scattered, elk, { direction: 'RIGHT', nodeIds: ['svc', 'queue'] })
    for (const before of scattered.nodes) {
      const after = result.nodes.find((n) => n.id === before.id) as DesignNode
      if (before.id !== 'svc' && before.id !== 'queue') expect(after).toBe(before)
    }
    const moved = result.nodes.filter((n) => n.id === 'svc' || n.id === 'queue')
    const oldMoved = scattered.nodes.filter((n) => n.id === 'svc' || n.id === 'queue')
    expect(Math.min(...moved.map((n) => n.position.x))).toBe(Math.min(...oldMoved.map((n) => n.position.x)))
    expect(Math.min(...moved.map((n) => n.position.y))).toBe(Math.min(...oldMoved.map((n) => n.position.y)))
    const [svc, queue] = ['svc', 'queue'].map((id) => result.nodes.find((n) => n.id === id) as DesignNode)
    expect(svc.position.x).toBeLessThan(queue.position.x)
  })

  it('lays out every template tidily', async () => {
    for (const name of ['twitter-timeline', 'ticketmaster-onsale', 'url-shortener', 'chat-service', 'news-feed-search']) {
      const template = readDesign(`../../../resources/templates/${name}.archsight`)
      const result = await layoutDesign(template, elk, { direction: 'RIGHT' })
      expectTidy(result)
      expect(result.edges).toBe(template.edges)
    }
  })

  it('lays out random designs (zones, self-loops, cycles) tidily in both directions', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDesign({ maxNodes: 16 }), fc.constantFrom('RIGHT' as const, 'DOWN' as const), async (d, direction) => {
        expectTidy(await layoutDesign(d, elk, { direction }))
      }),
      { numRuns: 20 },
    )
  })

  it('lays out a 200-node design', async () => {
    const kinds: Kind[] = ['client', 'load-balancer', 'service', 'service', 'queue', 'service', 'relational-db', 'cache']
    const nodes = Array.from({ length: 200 }, (_, i) => node(`n${i}`, kinds[i % kinds.length]))
    const edges: Array<[string, string]> = nodes.slice(1).map((n, i) => [`n${Math.floor(i / 3)}`, n.id])
    const result = await layoutDesign(design(nodes, edges), elk, { direction: 'RIGHT' })
    expectTidy(result)
    // Past the partitioning budget, entry points still open the picture and stores still close it.
    const xs = (kind: Kind) => result.nodes.filter((n) => n.kind === kind).map((n) => n.position.x)
    const middle = [...xs('load-balancer'), ...xs('service'), ...xs('queue')]
    expect(Math.max(...xs('client'))).toBeLessThan(Math.min(...middle))
    expect(Math.max(...middle)).toBeLessThan(Math.min(...xs('relational-db'), ...xs('cache')))
  })

  it('lays out a large design with zones past the partitioning budget', async () => {
    const nodes: DesignNode[] = [node('z0', 'zone'), node('z1', 'zone'), node('user', 'client'), node('db', 'relational-db', { parent: 'z1' })]
    for (let i = 0; i < 65; i++) {
      nodes.push(node(`s${i}`, 'service', i % 2 === 0 ? { parent: `z${i % 4 === 0 ? 0 : 1}` } : {}))
      nodes.push(node(`q${i}`, 'queue', i % 3 === 0 ? { parent: 'z0' } : {}))
    }
    const edges: Array<[string, string]> = [['user', 's0']]
    for (let i = 0; i < 65; i++) edges.push([`s${i}`, `q${i}`], [`q${i}`, `s${(i + 1) % 65}`], [`s${i}`, 'db'])
    const result = await layoutDesign(design(nodes, edges), elk, { direction: 'RIGHT' })
    expectTidy(result)
  })

  it('passes an engine failure on to the caller and leaves the empty design alone', async () => {
    const failing: LayoutEngine = { layout: () => Promise.reject(new Error('worker died')) }
    await expect(layoutDesign(chain, failing, { direction: 'RIGHT' })).rejects.toThrow('worker died')
    const empty = design([])
    expect(await layoutDesign(empty, failing, { direction: 'RIGHT' })).toBe(empty)
  })
})
