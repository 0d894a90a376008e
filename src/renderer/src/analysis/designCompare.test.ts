import { describe, expect, it } from 'vitest'
import type { Design } from '@core/design/types'
import { createEditorStore } from '@renderer/store'
import { isSameForAnalysis } from './designCompare'

function seed(): Design {
  const store = createEditorStore()
  store.getState().addNode('service', 'generic', { x: 0, y: 0 })
  store.getState().addNode('relational-db', 'postgres', { x: 200, y: 0 })
  store.getState().addEdge('service-1', 'postgres-1')
  return store.getState().design
}

describe('isSameForAnalysis', () => {
  it('ignores a finished drag and the saved viewport', () => {
    const store = createEditorStore(seed())
    const before = store.getState().design
    store.getState().moveNodes(new Map([['service-1', { x: 480, y: 96 }]]))
    const moved = store.getState().design
    expect(moved).not.toBe(before)
    expect(isSameForAnalysis(before, moved)).toBe(true)
    store.getState().updateDesign({ view: { viewport: { x: 10, y: 20, zoom: 2 } } })
    expect(isSameForAnalysis(before, store.getState().design)).toBe(true)
  })

  it('sees every change the analysis reads', () => {
    const store = createEditorStore(seed())
    const before = store.getState().design
    store.getState().setNodeProp('postgres-1', 'replicas', 1)
    expect(isSameForAnalysis(before, store.getState().design)).toBe(false)

    const again = createEditorStore(seed())
    again.getState().updateNode('service-1', { label: 'API' })
    expect(isSameForAnalysis(before, again.getState().design)).toBe(false)

    const edge = createEditorStore(seed())
    edge.getState().updateEdge(edge.getState().design.edges[0].id, { mode: 'async' })
    expect(isSameForAnalysis(before, edge.getState().design)).toBe(false)

    const rules = createEditorStore(seed())
    rules.getState().updateDesign({ rules: { 'disconnected-node': 'off' } })
    expect(isSameForAnalysis(before, rules.getState().design)).toBe(false)
  })

  it('sees a node moved into a zone (its parent changes) and added or removed nodes', () => {
    const base = seed()
    const zoned: Design = { ...base, nodes: base.nodes.map((n) => (n.id === 'service-1' ? { ...n, parent: 'zone-a' } : n)) }
    expect(isSameForAnalysis(base, zoned)).toBe(false)
    expect(isSameForAnalysis(base, { ...base, nodes: base.nodes.slice(1) })).toBe(false)
  })
})
