import { describe, expect, it } from 'vitest'
import { analyze } from '@core/analysis'
import { NODE_HEIGHT, NODE_WIDTH } from '@core/design'
import { design } from '@core/testing/designBuilder'
import { buildCompareView, describeFieldChange } from './compareModel'

const base = () =>
  design('Shop')
    .node('web', 'client', {}, { label: 'Web' })
    .node('api', 'service', { instances: 3 }, { label: 'API' })
    .node('db', 'relational-db', {}, { label: 'Orders DB' })
    .edge('web', 'api')
    .edge('api', 'db')

function view(before = base().build(), after = base().build()) {
  return buildCompareView(before, after, analyze(before), analyze(after))
}

describe('buildCompareView', () => {
  it('marks nothing when only positions moved', () => {
    const before = base().build()
    const after = { ...before, nodes: before.nodes.map((n) => ({ ...n, position: { x: n.position.x + 80, y: n.position.y } })) }
    const result = view(before, after)
    expect(result.marks).toEqual([])
    expect(result.ghosts).toEqual([])
  })

  it('marks added and changed nodes where they sit now, and ghosts removed ones where they sat before', () => {
    const before = base().node('logs', 'logging', {}, { label: 'Logs' }).build()
    const after = base().node('cache', 'cache', {}, { technology: 'redis', label: 'Cache' }).build()
    after.nodes = after.nodes.map((n) => (n.id === 'api' ? { ...n, props: { instances: 1 } } : n))
    const logs = before.nodes.find((n) => n.id === 'logs')!
    const cache = after.nodes.find((n) => n.id === 'cache')!
    const result = view(before, after)
    expect(result.marks).toEqual([
      { id: 'cache', change: 'added', name: 'Cache', details: [], rect: { ...cache.position, width: NODE_WIDTH, height: NODE_HEIGHT } },
      { id: 'api', change: 'changed', name: 'API', details: ['props.instances: 3 → 1'], rect: expect.objectContaining({ width: NODE_WIDTH }) },
    ])
    expect(result.ghosts).toEqual([{ id: 'logs', name: 'Logs', kind: 'logging', rect: { ...logs.position, width: NODE_WIDTH, height: NODE_HEIGHT } }])
    // The finding the single API instance brings is in the diff the panel lists.
    expect(result.diff.findings.introduced.map((f) => [f.ruleId, f.target])).toContainEqual(['single-point-of-failure', 'api'])
  })

  it('describes a field change with both values, (none) for a missing one, long values cut', () => {
    expect(describeFieldChange({ field: 'label', from: undefined, to: 'Orders' })).toBe('label: (none) → Orders')
    expect(describeFieldChange({ field: 'props.x', from: 'a'.repeat(80), to: 2 })).toBe(`props.x: ${'a'.repeat(57)}… → 2`)
  })
})
