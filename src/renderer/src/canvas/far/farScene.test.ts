import { describe, expect, it } from 'vitest'
import { computeNodeRects, NODE_HEIGHT, NODE_WIDTH } from '@core/design/geometry'
import { createEmptyDesign, type Design } from '@core/design/types'
import type { CardMarks } from '@core/picture'
import { moveNodes } from '@core/design/edit/designOps'
import { buildFarScene, diffFarScenes, hitFarEdge, hitFarScene, isSameBoxSelection, measureMoving, moveInScene, selectInBox, type FarSceneInput } from './farScene'

/**
 * A region holding a zone holding `api`; `cache` and `db` outside. Listed inner zone first so the scene has to
 * put the outer one first itself.
 */
function design(): Design {
  return {
    ...createEmptyDesign(),
    nodes: [
      { id: 'az', kind: 'zone', technology: 'availability-zone', parent: 'region', position: { x: 0, y: 0 } },
      { id: 'api', kind: 'service', label: 'API', parent: 'az', position: { x: 200, y: 300 } },
      { id: 'region', kind: 'zone', technology: 'region', position: { x: 0, y: 0 } },
      { id: 'cache', kind: 'cache', technology: 'redis', position: { x: 600, y: 100 } },
      { id: 'db', kind: 'relational-db', technology: 'postgres', position: { x: 600, y: 400 } },
    ],
    edges: [
      { id: 'api-db', source: 'api', target: 'db', mode: 'sync', access: 'read-write' },
      { id: 'api-cache', source: 'api', target: 'cache', mode: 'async', access: 'read' },
      { id: 'cache-db', source: 'cache', target: 'db', mode: 'sync', access: 'read', optional: true },
    ],
  }
}

const NO_MARKS: CardMarks = {}

function input(d: Design, over: Partial<FarSceneInput> = {}): FarSceneInput {
  return { design: d, nodeMarks: () => NO_MARKS, edgeWorst: () => undefined, edgeState: () => undefined, routes: {}, ...over }
}

describe('buildFarScene', () => {
  it('lists zones outer first (whatever the design order), then every other node as a card, at core geometry', () => {
    const d = design()
    const scene = buildFarScene(input(d))
    const rects = computeNodeRects(d)
    expect(scene.zones.map((z) => z.id)).toEqual(['region', 'az'])
    expect(scene.zones.map((z) => z.isRegion)).toEqual([true, false])
    expect(scene.cards.map((c) => c.id)).toEqual(['api', 'cache', 'db'])
    for (const item of [...scene.zones, ...scene.cards]) expect(item.rect).toEqual(rects.get(item.id))
    expect(scene.cards[0].rect).toEqual({ x: 200, y: 300, width: NODE_WIDTH, height: NODE_HEIGHT })
    // The region encloses the zone, which encloses the card.
    const [region, az] = scene.zones.map((z) => z.rect)
    expect(region.x).toBeLessThan(az.x)
    expect(region.y).toBeLessThan(az.y)
    expect(az.x).toBeLessThan(200)
    // The card's face carries its label.
    expect(scene.cards[0].face.titleLines.join(' ')).toContain('API')
  })

  it('gives each edge its mode, optionality, worst finding and scenario state, and a path that ends at an arrow', () => {
    const scene = buildFarScene(
      input(design(), {
        edgeWorst: (id) => (id === 'api-db' ? 'error' : id === 'api-cache' ? null : undefined),
        edgeState: (id) => (id === 'cache-db' ? { state: 'down', failed: true } : undefined),
      }),
    )
    const byId = new Map(scene.edges.map((e) => [e.id, e]))
    expect([...byId.keys()]).toEqual(['api-db', 'api-cache', 'cache-db'])
    expect(byId.get('api-db')).toMatchObject({ source: 'api', target: 'db', mode: 'sync', isOptional: false, worst: 'error' })
    expect(byId.get('api-db')).not.toHaveProperty('state')
    // A cache is optional by default; a null worst is no worst at all.
    expect(byId.get('api-cache')).toMatchObject({ mode: 'async', isOptional: true })
    expect(byId.get('api-cache')).not.toHaveProperty('worst')
    expect(byId.get('cache-db')).toMatchObject({ isOptional: true, state: { state: 'down', failed: true } })
    for (const edge of scene.edges) {
      expect(edge.d).toMatch(/^M/)
      expect(edge.arrow).toHaveLength(3)
    }
    // The arrow's tip of api -> db sits on db's card's border (db is right of and below api).
    const db = scene.cards.find((c) => c.id === 'db')!.rect
    const tip = byId.get('api-db')!.arrow
    const nearDb = tip.some((p) => p.x >= db.x - 1 && p.x <= db.x + db.width + 1 && p.y >= db.y - 1 && p.y <= db.y + db.height + 1)
    expect(nearDb).toBe(true)
  })

  it('takes each card its marks from the callback, and lays chips out for them', () => {
    const marks: CardMarks = { badge: { count: 2, worst: 'warning' }, spof: { severity: 'error' } }
    const scene = buildFarScene(input(design(), { nodeMarks: (id) => (id === 'db' ? marks : NO_MARKS) }))
    const db = scene.cards.find((c) => c.id === 'db')!
    const api = scene.cards.find((c) => c.id === 'api')!
    expect(db.marks).toBe(marks)
    expect(db.chips.length).toBeGreaterThan(0)
    expect(api.marks).toBe(NO_MARKS)
    expect(api.chips).toEqual([])
  })

  it('leaves out an edge whose end is missing', () => {
    const d = design()
    const broken: Design = { ...d, edges: [...d.edges, { id: 'ghost', source: 'api', target: 'nowhere', mode: 'sync', access: 'read' }] }
    expect(buildFarScene(input(broken)).edges.map((e) => e.id)).not.toContain('ghost')
  })
})

describe('hitFarScene', () => {
  const scene = buildFarScene(input(design()))
  const centre = (id: string) => {
    const r = [...scene.zones, ...scene.cards].find((i) => i.id === id)!.rect
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
  }

  it('finds the card over the zones it sits in', () => {
    expect(hitFarScene(scene, centre('api'))?.id).toBe('api')
    expect(hitFarScene(scene, { x: 200, y: 300 })?.id).toBe('api')
    expect(hitFarScene(scene, { x: 200 + NODE_WIDTH, y: 300 + NODE_HEIGHT })?.id).toBe('api')
  })

  it('finds the innermost zone where no card is, and the outer one in its margin', () => {
    const az = scene.zones[1].rect
    const region = scene.zones[0].rect
    expect(hitFarScene(scene, { x: az.x + 2, y: az.y + 2 })?.id).toBe('az')
    expect(hitFarScene(scene, { x: region.x + 2, y: region.y + 2 })?.id).toBe('region')
  })

  it('finds nothing outside every rectangle', () => {
    expect(hitFarScene(scene, { x: -5000, y: -5000 })).toBeNull()
    expect(hitFarScene(scene, { x: 600 + NODE_WIDTH + 1, y: 100 })).toBeNull()
  })
})

describe('moveInScene', () => {
  const d = design()
  const scene = buildFarScene(input(d))

  it('returns the very scene for no move', () => {
    expect(moveInScene(scene, d, new Set(['db']), { x: 0, y: 0 })).toBe(scene)
  })

  it('moves the named nodes, re-paths their edges as the moved design would, and keeps everything else as is', () => {
    const moved = moveInScene(scene, d, new Set(['db']), { x: 80, y: -40 })
    const db = moved.cards.find((c) => c.id === 'db')!
    expect(db.rect).toEqual({ x: 680, y: 360, width: NODE_WIDTH, height: NODE_HEIGHT })
    // The scene it came from is untouched.
    expect(scene.cards.find((c) => c.id === 'db')!.rect.x).toBe(600)
    // Unmoved cards and zones are the same objects.
    for (const id of ['api', 'cache']) expect(moved.cards.find((c) => c.id === id)).toBe(scene.cards.find((c) => c.id === id))
    moved.zones.forEach((z, i) => expect(z).toBe(scene.zones[i]))

    const before = new Map(scene.edges.map((e) => [e.id, e]))
    const after = new Map(moved.edges.map((e) => [e.id, e]))
    // Both of db's edges take a new path, the one it is not on stays the same object.
    expect(after.get('api-cache')).toBe(before.get('api-cache'))
    const dbMoved: Design = { ...d, nodes: d.nodes.map((n) => (n.id === 'db' ? { ...n, position: { x: 680, y: 360 } } : n)) }
    const rebuilt = new Map(buildFarScene(input(dbMoved)).edges.map((e) => [e.id, e]))
    for (const id of ['api-db', 'cache-db']) {
      expect(after.get(id)!.d).not.toBe(before.get(id)!.d)
      expect(after.get(id)!.d).toBe(rebuilt.get(id)!.d)
      expect(after.get(id)!.arrow).toEqual(rebuilt.get(id)!.arrow)
      // What is not geometry is kept.
      expect(after.get(id)).toMatchObject({ mode: before.get(id)!.mode, isOptional: before.get(id)!.isOptional })
    }
  })

  it('moves a zone with what is inside it when the caller names both', () => {
    const moved = moveInScene(scene, d, new Set(['az', 'api']), { x: 16, y: 8 })
    const az = moved.zones.find((z) => z.id === 'az')!.rect
    const azBefore = scene.zones.find((z) => z.id === 'az')!.rect
    expect(az).toEqual({ ...azBefore, x: azBefore.x + 16, y: azBefore.y + 8 })
    expect(moved.cards.find((c) => c.id === 'api')!.rect).toMatchObject({ x: 216, y: 308 })
    // The region around them keeps its size until the drop.
    expect(moved.zones.find((z) => z.id === 'region')).toBe(scene.zones.find((z) => z.id === 'region'))
    expect(moved.edges.find((e) => e.id === 'cache-db')).toBe(scene.edges.find((e) => e.id === 'cache-db'))
  })
})

describe('buildFarScene with the scene before, and diffFarScenes', () => {
  it('keeps every object a move did not touch, and the difference is the box of where the moved ones were and are', () => {
    const d = design()
    const before = buildFarScene(input(d))
    const moved = moveNodes(d, new Map([['cache', { x: 900, y: 100 }]]))
    const after = buildFarScene(input(moved), before)
    // The cache card and its two edges are new; the db card, the api card (and its zones), the api-db edge are kept.
    expect(after.index.get('db')).toBe(before.index.get('db'))
    expect(after.index.get('api')).toBe(before.index.get('api'))
    expect(after.edgeIndex.get('api-db')).toBe(before.edgeIndex.get('api-db'))
    expect(after.index.get('cache')).not.toBe(before.index.get('cache'))
    expect(after.edgeIndex.get('cache-db')).not.toBe(before.edgeIndex.get('cache-db'))
    const { box, count } = diffFarScenes(before, after)
    expect(count).toBe(3)
    const oldCache = before.index.get('cache')!.rect
    const newCache = after.index.get('cache')!.rect
    expect(box!.x).toBeLessThanOrEqual(Math.min(oldCache.x, newCache.x))
    expect(box!.x + box!.width).toBeGreaterThanOrEqual(newCache.x + newCache.width)
    // It starts where the api-cache edge leaves the unmoved api card: the card's left part is not in it.
    expect(box!.x).toBeGreaterThan(before.index.get('api')!.rect.x)
  })

  it('finds no difference when nothing changed, and marks that changed make the card new', () => {
    const d = design()
    const before = buildFarScene(input(d))
    expect(diffFarScenes(before, buildFarScene(input(d), before))).toEqual({ box: null, count: 0 })
    const marked: CardMarks = { badge: { count: 1, worst: 'warning' } }
    const after = buildFarScene(input(d, { nodeMarks: (id) => (id === 'db' ? marked : NO_MARKS) }), before)
    expect(after.index.get('db')!.marks).toBe(marked)
    expect(diffFarScenes(before, after).count).toBe(1)
  })

  it('measures the box a drag takes off: the moving cards and every edge that ends at one', () => {
    const scene = buildFarScene(input(design()))
    const box = measureMoving(scene, new Set(['db']))!
    const db = scene.index.get('db')!.rect
    expect(box.x).toBeLessThan(db.x)
    expect(box.y + box.height).toBeGreaterThan(db.y + db.height)
    // Its edges come from api (left) and cache (above): the box reaches them.
    expect(box.x).toBeLessThan(scene.edgeIndex.get('api-db')!.bounds.x + 1)
    expect(measureMoving(scene, new Set())).toBeNull()
  })
})

describe('hitFarEdge', () => {
  it('asks the line test only for edges whose box (widened by the reach) holds the point, the last drawn first', () => {
    const scene = buildFarScene(input(design()))
    const asked: string[] = []
    const db = scene.edgeIndex.get('api-db')!
    const inside = { x: db.bounds.x + db.bounds.width / 2, y: db.bounds.y + db.bounds.height / 2 }
    const hit = hitFarEdge(scene, inside, 4, (edge) => {
      asked.push(edge.id)
      return edge.id === 'api-db'
    })
    expect(hit?.id).toBe('api-db')
    expect(asked.at(-1)).toBe('api-db')
    for (const id of asked) {
      const b = scene.edgeIndex.get(id)!.bounds
      expect(inside.x).toBeGreaterThan(b.x - 4)
      expect(inside.x).toBeLessThan(b.x + b.width + 4)
    }
    // Far from every line: nothing, and no line test at all.
    const none: string[] = []
    expect(hitFarEdge(scene, { x: -5000, y: -5000 }, 4, (edge) => (none.push(edge.id), true))).toBeNull()
    expect(none).toEqual([])
  })
})

describe('selectInBox', () => {
  it('selects every card and zone the box touches, as React Flow\'s partial box, and every connection of those', () => {
    const d = design()
    const scene = buildFarScene(input(d))
    const cache = scene.index.get('cache')!.rect
    // Just over the cache's bottom-right corner: touching is enough.
    const touching = selectInBox(scene, { x: cache.x + cache.width - 2, y: cache.y + cache.height - 2, width: 40, height: 40 })
    expect([...touching.nodes]).toEqual(['cache'])
    expect([...touching.edges].sort()).toEqual(['api-cache', 'cache-db'])
    // Inside the api's zones too: the region and the zone holding it are touched by a box on the api.
    const api = scene.index.get('api')!.rect
    const onApi = selectInBox(scene, { x: api.x + 4, y: api.y + 4, width: 8, height: 8 })
    expect([...onApi.nodes].sort()).toEqual(['api', 'az', 'region'])
    expect([...onApi.edges].sort()).toEqual(['api-cache', 'api-db'])
  })

  it('selects nothing in an empty place, and compares selections by their nodes', () => {
    const scene = buildFarScene(input(design()))
    const none = selectInBox(scene, { x: -5000, y: -5000, width: 100, height: 100 })
    expect(none.nodes.size).toBe(0)
    expect(none.edges.size).toBe(0)
    const db = scene.index.get('db')!.rect
    const a = selectInBox(scene, { ...db, width: 10, height: 10 })
    const b = selectInBox(scene, { x: db.x + 20, y: db.y + 20, width: 5, height: 5 })
    expect(isSameBoxSelection(a, b)).toBe(true)
    expect(isSameBoxSelection(a, none)).toBe(false)
  })
})
