import { describe, expect, it } from 'vitest'
import type { Rect } from '@core/design/geometry'
import { collectPicture, type MinimapSource } from './Minimap'
import { flowMinimapSource } from './minimapSources'

type Listener = (s: object, before: object) => void

/** The part of React Flow's store the minimap reads: the node map, the nodes array, subscribe. */
function fakeStore(nodes: Array<{ id: string; type: string; kind: string; x: number; y: number; w: number; h: number; hidden?: boolean }>) {
  const toInternal = (n: (typeof nodes)[number]) => ({
    id: n.id,
    type: n.type,
    hidden: n.hidden,
    data: { node: { id: n.id, kind: n.kind } },
    measured: { width: n.w, height: n.h },
    internals: { positionAbsolute: { x: n.x, y: n.y } },
  })
  let state = { nodes: nodes.slice(), nodeLookup: new Map(nodes.map((n) => [n.id, toInternal(n)])) }
  const listeners = new Set<Listener>()
  return {
    getState: () => state,
    subscribe: (listener: Listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** A drag's move: one node where it is now, and a new nodes array, as React Flow sets them. */
    move(id: string, x: number, y: number) {
      const before = state
      const node = nodes.find((n) => n.id === id)!
      Object.assign(node, { x, y })
      state = { nodes: nodes.slice(), nodeLookup: new Map(state.nodeLookup).set(id, toInternal(node)) }
      for (const listener of listeners) listener(state, before)
    },
    /** An update that leaves the nodes alone (a pan). */
    pan() {
      const before = state
      state = { ...state }
      for (const listener of listeners) listener(state, before)
    },
  }
}

function collect(source: MinimapSource) {
  const zones: Rect[] = []
  const cards: Array<Rect & { category: string }> = []
  source.visit(
    (rect) => zones.push({ ...rect }),
    (rect, category) => cards.push({ ...rect, category }),
  )
  return { zones, cards }
}

describe('flowMinimapSource', () => {
  const store = fakeStore([
    { id: 'z', type: 'zone', kind: 'zone', x: 0, y: 0, w: 400, h: 200 },
    { id: 'a', type: 'component', kind: 'service', x: 20, y: 40, w: 160, h: 56 },
    { id: 'b', type: 'component', kind: 'relational-db', x: 500, y: 300, w: 160, h: 56 },
    { id: 'h', type: 'component', kind: 'cache', x: 900, y: 900, w: 160, h: 56, hidden: true },
  ])
  // The fake has only what the source reads.
  const source = flowMinimapSource(store as unknown as Parameters<typeof flowMinimapSource>[0])

  it('visits the zones first, then the cards in their category, where React Flow has them; hidden nodes not at all', () => {
    const { zones, cards } = collect(source)
    expect(zones).toEqual([{ x: 0, y: 0, width: 400, height: 200 }])
    expect(cards).toEqual([
      { x: 20, y: 40, width: 160, height: 56, category: 'compute' },
      { x: 500, y: 300, width: 160, height: 56, category: 'data' },
    ])
    expect(collectPicture(source).bounds).toEqual({ x: 0, y: 0, width: 660, height: 356 })
  })

  it('says "changed" when React Flow takes new nodes (a dragged card), not on a pan, and stops when unsubscribed', () => {
    let changes = 0
    const off = source.subscribe!(() => changes++)
    store.pan()
    expect(changes).toBe(0)
    store.move('b', 700, 320)
    expect(changes).toBe(1)
    expect(collect(source).cards[1]).toMatchObject({ x: 700, y: 320 })
    expect(collectPicture(source).bounds).toEqual({ x: 0, y: 0, width: 860, height: 376 })
    off()
    store.move('b', 710, 320)
    expect(changes).toBe(1)
  })

  it('has no bounds with nothing to show', () => {
    expect(collectPicture(flowMinimapSource(fakeStore([]) as unknown as Parameters<typeof flowMinimapSource>[0])).bounds).toBeNull()
  })

  it("collects the picture in one visit: the zones, then each category's cards, as runs of x, y, width, height", () => {
    const picture = collectPicture(source)
    expect(picture.zones).toEqual([0, 0, 400, 200])
    expect([...picture.cards]).toEqual([
      ['compute', [20, 40, 160, 56]],
      ['data', [710, 320, 160, 56]],
    ])
    expect(picture.bounds).toEqual({ x: 0, y: 0, width: 870, height: 376 })
  })
})
