import { describe, expect, it } from 'vitest'
import { createEmptyDesign, type Design } from '@core/design/types'
import { computeNodeRects } from '@core/design/geometry'
import { createEditorStore } from './index'
import { copySelection, parseClipboardText, serializeClipboard } from '@core/design/edit/clipboard'

function historyOf(store: ReturnType<typeof createEditorStore>) {
  return store.temporal.getState()
}

describe('editor store', () => {
  it('adds a node with catalogue defaults, a readable id and the technology label, and selects it', () => {
    const store = createEditorStore()
    const id = store.getState().addNode('relational-db', 'postgres', { x: 10, y: 20 })
    const { design, selectedNodeIds } = store.getState()
    expect(id).toBe('postgres-1')
    expect(design.nodes[0]).toEqual({ id: 'postgres-1', kind: 'relational-db', technology: 'postgres', label: 'PostgreSQL', position: { x: 10, y: 20 } })
    expect(selectedNodeIds).toEqual(['postgres-1'])
    expect(store.getState().addNode('relational-db', 'postgres', { x: 0, y: 0 })).toBe('postgres-2')
    expect(store.getState().addNode('service', undefined, { x: 0, y: 0 })).toBe('service-1')
    expect(store.getState().addNode('queue', undefined, { x: 0, y: 0 })).toBe('aws-sqs-1')
  })

  it('undoes and redoes each change, and selection is never an undo step', () => {
    const store = createEditorStore()
    const id = store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    store.getState().setNodeProp(id, 'instances', 3)
    store.getState().select([], [])
    store.getState().select([id], [])
    expect(historyOf(store).pastStates).toHaveLength(2)
    store.getState().undo()
    expect(store.getState().design.nodes[0].props).toBeUndefined()
    store.getState().undo()
    expect(store.getState().design.nodes).toHaveLength(0)
    expect(store.getState().selectedNodeIds).toEqual([])
    store.getState().redo()
    store.getState().redo()
    expect(store.getState().design.nodes[0].props).toEqual({ instances: 3 })
  })

  it('keeps the identity of the selection list a select did not change', () => {
    const store = createEditorStore()
    const a = store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    const b = store.getState().addNode('service', 'generic', { x: 300, y: 0 })
    store.getState().select([a], [])
    const edges = store.getState().selectedEdgeIds
    store.getState().select([a, b], [])
    expect(store.getState().selectedNodeIds).toEqual([a, b])
    expect(store.getState().selectedEdgeIds).toBe(edges)
  })

  it('keeps at least 200 undo steps', () => {
    const store = createEditorStore()
    const id = store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    for (let i = 1; i <= 250; i++) store.getState().setNodeProp(id, 'instances', i)
    for (let i = 0; i < 249; i++) store.getState().undo()
    expect(store.getState().design.nodes[0].props).toEqual({ instances: 1 })
    store.getState().undo()
    expect(store.getState().design.nodes[0].props).toBeUndefined()
  })

  it('records a drag as one step and moves a zone with its contents', () => {
    const store = createEditorStore()
    const zone = store.getState().addNode('zone', 'availability-zone', { x: 0, y: 0 })
    const inner = store.getState().addNode('service', 'generic', { x: 60, y: 80 })
    expect(store.getState().design.nodes[1].parent).toBe(zone)
    const before = historyOf(store).pastStates.length
    const zoneRect = { x: 60 - 28, y: 80 - 28 - 28 }
    expect(store.getState().design.nodes[0].position).toEqual(zoneRect)
    store.getState().moveNodes(new Map([[zone, { x: zoneRect.x + 100, y: zoneRect.y + 50 }]]))
    expect(historyOf(store).pastStates.length).toBe(before + 1)
    const moved = store.getState().design.nodes.find((n) => n.id === inner)
    expect(moved?.position).toEqual({ x: 160, y: 130 })
    expect(moved?.parent).toBe(zone)
  })

  it('drops a node out of its zone when dragged away, and into one when dragged onto it', () => {
    const store = createEditorStore()
    const zone = store.getState().addNode('zone', 'availability-zone', { x: 0, y: 0 })
    const a = store.getState().addNode('service', 'generic', { x: 40, y: 60 })
    store.getState().moveNodes(new Map([[a, { x: 900, y: 900 }]]))
    expect(store.getState().design.nodes.find((n) => n.id === a)?.parent).toBeUndefined()
    const zoneNode = store.getState().design.nodes.find((n) => n.id === zone)
    store.getState().moveNodes(new Map([[a, { x: (zoneNode?.position.x ?? 0) + 20, y: (zoneNode?.position.y ?? 0) + 40 }]]))
    expect(store.getState().design.nodes.find((n) => n.id === a)?.parent).toBe(zone)
  })

  it('starts a new edge as the target kind says: read from DNS and caches, async write to queues', () => {
    const store = createEditorStore()
    const s = store.getState()
    const client = s.addNode('client', undefined, { x: 0, y: 0 })
    const dns = s.addNode('dns', undefined, { x: 300, y: 0 })
    const svc = s.addNode('service', 'generic', { x: 0, y: 300 })
    const q = s.addNode('queue', 'aws-sqs', { x: 300, y: 300 })
    const db = s.addNode('relational-db', 'postgres', { x: 600, y: 300 })
    const pick = (id: string | null) => {
      const edge = store.getState().design.edges.find((e) => e.id === id)
      return edge && `${edge.mode} ${edge.access}`
    }
    expect(pick(store.getState().addEdge(client, dns))).toBe('sync read')
    expect(pick(store.getState().addEdge(svc, q))).toBe('async write')
    expect(pick(store.getState().addEdge(svc, db))).toBe('sync read-write')
  })

  it('removes the selection with dangling edges and dead-letter references', () => {
    const store = createEditorStore()
    const s = store.getState()
    const svc = s.addNode('service', 'generic', { x: 0, y: 0 })
    const q = s.addNode('queue', 'aws-sqs', { x: 300, y: 0 })
    const dlq = s.addNode('queue', 'aws-sqs', { x: 600, y: 0 })
    s.setNodeProp(q, 'deadLetterQueue', dlq)
    expect(s.addEdge(svc, q)).toBe(`${svc}-${q}`)
    s.select([dlq, svc], [])
    store.getState().removeSelection()
    const { design } = store.getState()
    expect(design.nodes.map((n) => n.id)).toEqual([q])
    expect(design.nodes[0].props).toEqual({})
    expect(design.edges).toEqual([])
  })

  it('replaceDesign is one undo step and loadDesign clears history and marks clean', () => {
    const store = createEditorStore()
    store.getState().addNode('cache', 'redis', { x: 0, y: 0 })
    const next: Design = { ...createEmptyDesign('Other'), nodes: [] }
    store.getState().replaceDesign(next, 'Auto-layout')
    expect(store.getState().design).toBe(next)
    store.getState().undo()
    expect(store.getState().design.nodes).toHaveLength(1)
    store.getState().loadDesign(next, 'other.archsight')
    expect(historyOf(store).pastStates).toHaveLength(0)
    expect(store.getState().design === store.getState().savedDesign).toBe(true)
    expect(store.getState().fileName).toBe('other.archsight')
  })

  it('loadDesign puts zones where they are drawn, clean, so the first drag renews only what it moves', () => {
    // A file whose zones sit at {0,0}: each is drawn around its children, whatever its position says.
    const loaded: Design = {
      ...createEmptyDesign('Zones'),
      nodes: [
        { id: 'za', kind: 'zone', technology: 'availability-zone', position: { x: 0, y: 0 } },
        { id: 'zb', kind: 'zone', technology: 'availability-zone', position: { x: 0, y: 0 } },
        { id: 'a', kind: 'service', position: { x: 100, y: 100 }, parent: 'za' },
        { id: 'b', kind: 'service', position: { x: 900, y: 100 }, parent: 'zb' },
        { id: 'c', kind: 'service', position: { x: 500, y: 700 } },
      ],
    }
    const store = createEditorStore()
    store.getState().loadDesign(loaded, 'zones.archsight')
    const design = store.getState().design
    const rects = computeNodeRects(design)
    for (const id of ['za', 'zb']) {
      const rect = rects.get(id)
      expect(design.nodes.find((n) => n.id === id)?.position).toEqual({ x: rect?.x, y: rect?.y })
    }
    expect(design.nodes.find((n) => n.id === 'a')).toBe(loaded.nodes[2])
    expect(store.getState().savedDesign).toBe(design)
    // Moving the card outside both zones leaves every zone the same object.
    store.getState().moveNodes(new Map([['c', { x: 520, y: 760 }]]))
    const after = store.getState().design
    expect(after.nodes.find((n) => n.id === 'za')).toBe(design.nodes.find((n) => n.id === 'za'))
    expect(after.nodes.find((n) => n.id === 'zb')).toBe(design.nodes.find((n) => n.id === 'zb'))
    // Moving a card in zone b renews zone b alone.
    store.getState().moveNodes(new Map([['b', { x: 950, y: 160 }]]))
    const last = store.getState().design
    expect(last.nodes.find((n) => n.id === 'za')).toBe(design.nodes.find((n) => n.id === 'za'))
    expect(last.nodes.find((n) => n.id === 'zb')).not.toBe(design.nodes.find((n) => n.id === 'zb'))
  })

  it('is clean again after undoing back to the saved design', () => {
    const store = createEditorStore()
    store.getState().markSaved('a.archsight')
    store.getState().addNode('cache', 'redis', { x: 0, y: 0 })
    expect(store.getState().design).not.toBe(store.getState().savedDesign)
    store.getState().undo()
    expect(store.getState().design).toBe(store.getState().savedDesign)
  })

  it('switching technology drops props that no longer apply and renames a default label', () => {
    const store = createEditorStore()
    const id = store.getState().addNode('key-value', 'dynamodb', { x: 0, y: 0 })
    store.getState().setNodeProp(id, 'consistency', 'strong')
    store.getState().setNodeProp(id, 'instances', 2)
    store.getState().updateNode(id, { technology: 'mongodb' })
    const node = store.getState().design.nodes[0]
    expect(node).toMatchObject({ technology: 'mongodb', label: 'MongoDB', props: { instances: 2 } })
  })

  it('pastes a copied fragment with fresh ids, remapped edges and an offset', () => {
    const store = createEditorStore()
    const s = store.getState()
    const zone = s.addNode('zone', 'region', { x: 0, y: 0 })
    const a = s.addNode('service', 'generic', { x: 40, y: 60 })
    const b = s.addNode('cache', 'redis', { x: 400, y: 60 })
    s.addEdge(a, b)
    const payload = copySelection(store.getState().design, [zone, b])
    expect(payload?.nodes.map((n) => n.id)).toEqual([zone, a, b])
    const parsed = parseClipboardText(serializeClipboard(payload!))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    store.getState().pasteItems(parsed.payload, { x: 24, y: 24 })
    const { design, selectedNodeIds, selectedEdgeIds } = store.getState()
    expect(selectedNodeIds).toEqual(['region-2', 'service-2', 'redis-2'])
    expect(design.nodes.find((n) => n.id === 'service-2')).toMatchObject({ parent: 'region-2', position: { x: 64, y: 84 } })
    expect(design.edges.find((e) => e.id === selectedEdgeIds[0])).toMatchObject({ source: 'service-2', target: 'redis-2' })
  })

  it('a duplicated node inside a zone stays in that zone', () => {
    const store = createEditorStore()
    const zone = store.getState().addNode('zone', 'availability-zone', { x: 0, y: 0 })
    store.getState().addNode('service', 'generic', { x: 40, y: 60 })
    store.getState().addNode('service', 'generic', { x: 300, y: 60 })
    const payload = copySelection(store.getState().design, ['service-1'])
    store.getState().pasteItems(payload!, { x: 24, y: 24 })
    expect(store.getState().design.nodes.find((n) => n.id === 'service-3')?.parent).toBe(zone)
  })

  it('pastes through the same guards as Open: deep nesting and prototype keys are refused with a message', () => {
    const deep = { format: 'archsight-clipboard', nodes: [{ id: 'x', kind: 'service', position: { x: 0, y: 0 }, props: { note: 0 } }], edges: [] }
    const text = JSON.stringify(deep).replace('"note":0', `"note":${'['.repeat(6000)}${']'.repeat(6000)}`)
    const nested = parseClipboardText(text)
    expect(nested.ok).toBe(false)
    if (!nested.ok) expect(nested.message).toMatch(/^Cannot paste: Component 1 \("x"\): props\.note.*nest more than 64 levels deep/)
    const hostile = JSON.stringify(deep).replace('"note":0', '"__proto__":{"instances":7}')
    const polluted = parseClipboardText(hostile)
    expect(polluted.ok).toBe(false)
    if (!polluted.ok) expect(polluted.message).toContain('the key "__proto__" is not allowed')
  })

  it('refuses clipboard text that is not a valid fragment', () => {
    expect(parseClipboardText('hello').ok).toBe(false)
    const bad = { format: 'archsight-clipboard', nodes: [{ id: 'x', kind: 'service', position: { x: 0, y: 0 }, props: { instances: 0 } }], edges: [] }
    const result = parseClipboardText(JSON.stringify(bad))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toContain('instances')
  })
})

describe('the replica offer (issue 8, point 16)', () => {
  it('offers "Make it a replica" when two boxes of one store technology are connected, and applies it', () => {
    const store = createEditorStore()
    const primary = store.getState().addNode('relational-db', 'postgres', { x: 0, y: 0 })
    const replica = store.getState().addNode('relational-db', 'postgres', { x: 300, y: 0 })
    const edgeId = store.getState().addEdge(primary, replica) as string
    const notice = store.getState().notice
    expect(notice?.message).toBe('Two PostgreSQL stores: is postgres-2 a replica of postgres-1?')
    expect(notice?.actionLabel).toBe('Make it a replica')
    notice?.action?.()
    expect(store.getState().design.edges.find((e) => e.id === edgeId)).toMatchObject({ mode: 'replication', access: 'write' })
  })

  it('names a blank-labelled box by its id, as the findings do', () => {
    const store = createEditorStore()
    const primary = store.getState().addNode('relational-db', 'postgres', { x: 0, y: 0 })
    const replica = store.getState().addNode('relational-db', 'postgres', { x: 300, y: 0 })
    store.getState().updateNode(primary, { label: 'Orders' })
    store.getState().updateNode(replica, { label: '   ' })
    store.getState().addEdge(primary, replica)
    expect(store.getState().notice?.message).toBe('Two PostgreSQL stores: is postgres-2 a replica of Orders?')
  })

  it('offers nothing between different technologies or for stateless kinds', () => {
    const store = createEditorStore()
    const a = store.getState().addNode('relational-db', 'postgres', { x: 0, y: 0 })
    const b = store.getState().addNode('relational-db', 'mysql', { x: 300, y: 0 })
    const c = store.getState().addNode('service', undefined, { x: 600, y: 0 })
    const d = store.getState().addNode('service', undefined, { x: 900, y: 0 })
    store.getState().addEdge(a, b)
    store.getState().addEdge(c, d)
    expect(store.getState().notice).toBeNull()
  })
})
