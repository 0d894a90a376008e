import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkNode } from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it, vi } from 'vitest'
import { computeNodeRects } from '@core/design'
import type { ElkNodeJson, LayoutEngine } from '@core/layout'
import { createEditorStore, isRouteCurrent, useEdgeRoutes } from '@renderer/store'
import { runAutoLayout } from './autoLayout'
import { createWorkerEngine, LayoutTimeoutError, type LayoutWorker } from './workerEngine'

const elk = new ELK()
const engine: LayoutEngine = { layout: (graph) => elk.layout(graph as ElkNode) as Promise<ElkNodeJson> }

/** client -> lb -> api -> db, all piled on one spot. */
function pileStore() {
  const store = createEditorStore()
  const s = store.getState()
  const ids = [
    s.addNode('client', 'web', { x: 10, y: 10 }),
    s.addNode('load-balancer', 'nginx', { x: 12, y: 14 }),
    s.addNode('service', 'generic', { x: 8, y: 9 }),
    s.addNode('relational-db', 'postgres', { x: 11, y: 12 }),
  ]
  for (let i = 0; i < ids.length - 1; i++) store.getState().addEdge(ids[i], ids[i + 1])
  store.getState().select([], [])
  return { store, ids }
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

describe('runAutoLayout', () => {
  it('lays the whole design out left to right without overlaps as one undo step', async () => {
    const { store, ids } = pileStore()
    const before = store.getState().design
    const onApplied = vi.fn()
    expect(await runAutoLayout(store, { direction: 'RIGHT', engine, onApplied })).toBe('applied')
    const rects = computeNodeRects(store.getState().design)
    const xs = ids.map((id) => rects.get(id)!.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect(new Set(xs).size).toBe(4)
    for (const a of ids) for (const b of ids) if (a !== b) expect(overlaps(rects.get(a)!, rects.get(b)!)).toBe(false)
    expect(onApplied).toHaveBeenCalledOnce()
    store.getState().undo()
    expect(store.getState().design).toBe(before)
  })

  it('lays out only the selection when two or more nodes are selected', async () => {
    const { store, ids } = pileStore()
    store.getState().select(ids.slice(0, 2), [])
    const before = store.getState().design
    await runAutoLayout(store, { direction: 'DOWN', engine })
    const after = store.getState().design
    expect(after.nodes[2]).toBe(before.nodes[2])
    expect(after.nodes[3]).toBe(before.nodes[3])
    const [a, b] = ids.slice(0, 2).map((id) => after.nodes.find((n) => n.id === id)!.position)
    expect(b.y).toBeGreaterThan(a.y)
  })

  it('leaves the design alone and says so on a timeout, a failure or an edit made meanwhile', async () => {
    const { store } = pileStore()
    const before = store.getState().design
    const slow: LayoutEngine = { layout: () => Promise.reject(new LayoutTimeoutError(10_000)) }
    expect(await runAutoLayout(store, { direction: 'RIGHT', engine: slow })).toBe('timeout')
    expect(store.getState().notice?.message).toMatch(/longer than 10 s.*unchanged/)
    const broken: LayoutEngine = { layout: () => Promise.reject(new Error('boom')) }
    expect(await runAutoLayout(store, { direction: 'RIGHT', engine: broken })).toBe('failed')
    const editing: LayoutEngine = {
      layout: async (graph) => {
        store.getState().addNode('cache', 'redis', { x: 400, y: 0 })
        return elk.layout(graph as ElkNode) as Promise<ElkNodeJson>
      },
    }
    expect(await runAutoLayout(store, { direction: 'RIGHT', engine: editing })).toBe('stale')
    expect(store.getState().design.nodes.slice(0, 4)).toEqual(before.nodes)
  })
})

describe('edge routes after auto-layout', () => {
  it('keeps a route per laid-out edge, current until the layout is undone, and drops them on loading a design', async () => {
    const { store } = pileStore()
    await runAutoLayout(store, { direction: 'RIGHT', engine })
    const { design } = store.getState()
    const routes = useEdgeRoutes.getState().routes
    expect([...routes.keys()].sort()).toEqual(design.edges.map((e) => e.id).sort())
    const at = (id: string) => design.nodes.find((n) => n.id === id)!.position
    for (const edge of design.edges) {
      const route = routes.get(edge.id)!
      expect(route.points.length).toBeGreaterThanOrEqual(2)
      expect(isRouteCurrent(route, edge, at(edge.source), at(edge.target))).toBe(true)
    }
    store.getState().undo()
    const undone = store.getState().design
    const first = design.edges[0]
    const atUndone = (id: string) => undone.nodes.find((n) => n.id === id)!.position
    expect(isRouteCurrent(routes.get(first.id)!, first, atUndone(first.source), atUndone(first.target))).toBe(false)
    // Saving keeps them; opening another design drops them.
    store.getState().markSaved('piled.archsight')
    expect(useEdgeRoutes.getState().routes).toBe(routes)
    store.getState().loadDesign(design, 'other.archsight')
    expect(useEdgeRoutes.getState().routes.size).toBe(0)
  })
})

describe('createWorkerEngine', () => {
  function fakeWorker(answer: boolean) {
    const worker: LayoutWorker & { terminated: boolean } = {
      terminated: false,
      onmessage: null,
      onerror: null,
      postMessage(message) {
        const data = { id: message.id, ok: true, graph: message.graph }
        if (answer) queueMicrotask(() => worker.onmessage?.({ data } as MessageEvent))
      },
      terminate() {
        worker.terminated = true
      },
    }
    return worker
  }

  it('answers through the worker and stops a worker that runs past the time limit', async () => {
    const quick = fakeWorker(true)
    const graph = { id: 'root', children: [] }
    await expect(createWorkerEngine(() => quick, 50).layout(graph)).resolves.toEqual(graph)
    const stuck = fakeWorker(false)
    const workers = [stuck, fakeWorker(true)]
    const engine = createWorkerEngine(() => workers.shift()!, 50)
    await expect(engine.layout(graph)).rejects.toBeInstanceOf(LayoutTimeoutError)
    expect(stuck.terminated).toBe(true)
    // The next layout gets a fresh worker.
    await expect(engine.layout(graph)).resolves.toEqual(graph)
  })
})
