import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis'
import type { Design } from '../design/types'
import { design } from '../testing/designBuilder'
import { diffDesigns } from './diffDesigns'

function diff(before: Design, after: Design) {
  return diffDesigns(before, after, analyze(before), analyze(after))
}

const workload = { monthlyActiveUsers: 1_000_000, readWriteRatio: 10 }
const base = () =>
  design('Shop')
    .workload(workload)
    .node('web', 'client', {}, { label: 'Web' })
    .node('lb', 'load-balancer', {}, { technology: 'aws-elb' })
    .node('api', 'service', { instances: 3 }, { label: 'API' })
    .node('db', 'relational-db', { replicas: 1, replication: 'sync', failover: 'automatic' }, { label: 'Orders DB' })
    .edge('web', 'lb')
    .edge('lb', 'api')
    .edge('api', 'db', { access: 'write' })

describe('diffDesigns', () => {
  it('an identical design, or one whose nodes only moved, has no change in meaning', () => {
    const before = base().build()
    const moved = { ...before, nodes: before.nodes.map((n) => ({ ...n, position: { x: n.position.x + 50, y: 9 } })) }
    expect(diff(before, before).isEmpty).toBe(true)
    expect(diff(before, moved).isEmpty).toBe(true)
  })
  it('lists components added, removed and changed with each prop', () => {
    const before = base().node('old', 'logging').build()
    const after = base().node('cache', 'cache', {}, { technology: 'redis', label: 'Cache' }).build()
    after.nodes = after.nodes.map((n) => (n.id === 'api' ? { ...n, label: 'Orders API', props: { instances: 1 } } : n))
    const result = diff(before, after)
    expect(result.components.added).toEqual([{ id: 'cache', name: 'Cache' }])
    expect(result.components.removed).toEqual([{ id: 'old', name: 'old' }])
    expect(result.components.changed).toEqual([
      {
        id: 'api',
        name: 'Orders API',
        changes: [
          { field: 'label', from: 'API', to: 'Orders API' },
          { field: 'props.instances', from: 3, to: 1 },
        ],
      },
    ])
  })
  it('lists edges added, removed and changed', () => {
    const before = base().build()
    const after = base().build()
    after.edges = [
      ...after.edges.filter((e) => e.id !== 'web-lb').map((e) => (e.id === 'api-db' ? { ...e, mode: 'async' as const, label: 'orders' } : e)),
      { id: 'web-api', source: 'web', target: 'api', mode: 'sync', access: 'read' },
    ]
    const result = diff(before, after)
    expect(result.edges.added).toEqual([{ id: 'web-api', name: 'Web -> API' }])
    expect(result.edges.removed).toEqual([{ id: 'web-lb', name: 'Web -> lb' }])
    expect(result.edges.changed).toEqual([
      { id: 'api-db', name: 'API -> Orders DB', changes: [{ field: 'mode', from: 'sync', to: 'async' }, { field: 'label', from: undefined, to: 'orders' }] },
    ])
  })
  it('findings introduced and resolved, SPOFs gained and lost, and whether an error came in', () => {
    const before = base().build()
    const after = base().build()
    after.nodes = after.nodes.map((n) => (n.id === 'api' ? { ...n, props: { instances: 1 } } : n))
    const result = diff(before, after)
    expect(result.findings.introduced.map((f) => [f.ruleId, f.severity, f.target])).toContainEqual(['single-point-of-failure', 'error', 'api'])
    expect(result.spof.gained).toEqual([{ id: 'api', name: 'API' }])
    expect(result.introducesError).toBe(true)
    const back = diff(after, before)
    expect(back.findings.resolved.map((f) => f.target)).toContain('api')
    expect(back.spof.lost).toEqual([{ id: 'api', name: 'API' }])
    expect(back.introducesError).toBe(false)
  })
  it('CAP label changes', () => {
    const before = base().build()
    const after = base().build()
    after.nodes = after.nodes.map((n) => (n.id === 'db' ? { ...n, kind: 'key-value' as const, technology: 'redis', props: {} } : n))
    const result = diff(before, after)
    expect(result.cap.write).toEqual({ from: 'CP', to: 'AP' })
    expect(result.components.changed[0].changes.slice(0, 2)).toEqual([
      { field: 'kind', from: 'relational-db', to: 'key-value' },
      { field: 'technology', from: undefined, to: 'redis' },
    ])
  })
  it('reports peak loads that moved by more than 10 %, not those that moved less', () => {
    const before = base().build()
    const doubled = { ...before, workload: { ...workload, monthlyActiveUsers: 2_000_000 } }
    const slightly = { ...before, workload: { ...workload, monthlyActiveUsers: 1_050_000 } }
    const result = diff(before, doubled)
    expect(result.load.map((l) => [l.id, Math.round(l.change * 100)])).toContainEqual(['api', 100])
    expect(result.peakRps?.to).toBeCloseTo(2 * (result.peakRps?.from ?? 0))
    expect(result.design).toEqual([{ field: 'workload.monthlyActiveUsers', from: 1_000_000, to: 2_000_000 }])
    expect(diff(before, slightly).load).toEqual([])
  })
})
