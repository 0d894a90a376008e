import { describe, expect, it } from 'vitest'
import type { Design } from '../design/types'
import { design } from '../testing/designBuilder'
import { createView } from './view'
import { deriveWorkload } from './workload'

// 100 reads and 1 write per user-facing request, so every figure below is a multiple of the peak.
const workload = { monthlyActiveUsers: 1_000_000, readWriteRatio: 100 }
const { peakReadRps: R, peakWriteRps: W, burstFactor } = deriveWorkload(workload)

function loadsOf(built: Design): Record<string, number> {
  const view = createView(built)
  const out: Record<string, number> = {}
  for (const node of view.nodes) out[node.id] = view.load?.nodes[node.index].rps ?? NaN
  return out
}

describe('load flow', () => {
  it('splits peak traffic among user-facing entries and sends it down every edge of the matching kind', () => {
    const loads = loadsOf(
      design()
        .workload(workload)
        .node('web', 'client')
        .node('mobile', 'client')
        .node('api', 'service')
        .node('reads', 'relational-db')
        .node('writes', 'relational-db')
        .edge('web', 'api')
        .edge('api', 'reads', { access: 'read' })
        .edge('api', 'writes', { access: 'write', share: 0.5 })
        .build(),
    )
    expect(loads.web).toBeCloseTo((R + W) / 2)
    expect(loads.api).toBeCloseTo(R / 2 + W / 2)
    expect(loads.reads).toBeCloseTo(R / 2)
    expect(loads.writes).toBeCloseTo(W / 4)
  })

  it('divides at a load balancer per kind among the targets that accept it, then applies share', () => {
    const loads = loadsOf(
      design()
        .workload(workload)
        .node('web', 'client')
        .node('lb', 'load-balancer')
        .node('a', 'service')
        .node('b', 'service')
        .node('w', 'service')
        .edge('web', 'lb')
        .edge('lb', 'a', { access: 'read' })
        .edge('lb', 'b', { access: 'read-write', share: 0.5 })
        .edge('lb', 'w', { access: 'write' })
        .build(),
    )
    expect(loads.a).toBeCloseTo(R / 2)
    expect(loads.b).toBeCloseTo(R / 4 + W / 4)
    expect(loads.w).toBeCloseTo(W / 2)
  })

  it('passes only misses: cache-aside with the best hit ratio, and a cdn', () => {
    const loads = loadsOf(
      design()
        .workload(workload)
        .node('web', 'client')
        .node('cdn', 'cdn', { hitRatio: 0.5 })
        .node('api', 'service')
        .node('c1', 'cache', { hitRatio: 0.6 })
        .node('c2', 'cache', { hitRatio: 0.9 })
        .node('c3', 'cache', { hitRatio: 0.99, strategy: 'write-through' })
        .node('db', 'key-value')
        .node('other', 'service')
        .edge('web', 'cdn')
        .edge('cdn', 'api')
        .edge('api', 'c1', { access: 'read' })
        .edge('api', 'c2', { access: 'read' })
        .edge('api', 'c3', { access: 'read' })
        .edge('api', 'db')
        .edge('api', 'other', { access: 'read' })
        .build(),
    )
    expect(loads.api).toBeCloseTo(R * 0.5 + W)
    expect(loads.c1).toBeCloseTo(R * 0.5)
    expect(loads.db).toBeCloseTo(R * 0.5 * 0.1 + W)
    // Every sync read behind the cache carries only the misses, into a service too (issue 8, point 15).
    expect(loads.other).toBeCloseTo(R * 0.5 * 0.1)
  })

  it('absorbs bursts once at brokers; queues split among consumers, pubsubs give every subscriber everything', () => {
    const deliver = { mode: 'async' as const, access: 'read' as const }
    const loads = loadsOf(
      design()
        .workload(workload)
        .node('web', 'client')
        .node('api', 'service')
        .node('q', 'queue')
        .node('w1', 'service')
        .node('w2', 'service')
        .node('topic', 'pubsub')
        .node('s1', 'service')
        .node('s2', 'service')
        .node('db', 'relational-db')
        .edge('web', 'api', { access: 'write' })
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'w1', deliver)
        .edge('q', 'w2', deliver)
        .edge('w1', 'topic', { mode: 'async', access: 'write' })
        .edge('topic', 's1', deliver)
        .edge('topic', 's2', deliver)
        .edge('s1', 'db', { access: 'write' })
        .build(),
    )
    const delivered = W / burstFactor
    expect(loads.q).toBeCloseTo(W)
    expect(loads.w1).toBeCloseTo(delivered / 2)
    expect(loads.w2).toBeCloseTo(delivered / 2)
    expect(loads.topic).toBeCloseTo(delivered / 2)
    expect(loads.s1).toBeCloseTo(delivered / 2)
    expect(loads.s2).toBeCloseTo(delivered / 2)
    expect(loads.db).toBeCloseTo(delivered / 2)
  })

  it('carries nothing on the edge that closes a cycle, and terminates on self-loops', () => {
    const loads = loadsOf(
      design()
        .workload(workload)
        .node('web', 'client')
        .node('a', 'service')
        .node('b', 'service')
        .edge('web', 'a')
        .edge('a', 'b')
        .edge('b', 'a')
        .edge('b', 'b')
        .build(),
    )
    expect(loads.a).toBeCloseTo(R + W)
    expect(loads.b).toBeCloseTo(R + W)
  })

  it('computes capacity per analysis.md', () => {
    const view = createView(
      design()
        .workload(workload)
        .node('svc', 'service', { instances: 2, autoscaling: { min: 2, max: 10 } })
        .node('plain', 'service', { instances: 3 })
        .node('fn', 'function', { instances: 5 })
        .node('pg', 'relational-db', { replicas: 2 })
        .node('pg-read', 'relational-db', { replicas: 2, replication: 'async', readFrom: 'replicas' })
        .node('gw', 'api-gateway', { throttleRps: 300 }, { technology: 'generic' })
        .node('cas', 'wide-column')
        .node('cdn', 'cdn')
        .build(),
    )
    const capacities = Object.fromEntries(view.nodes.map((n) => [n.id, view.load?.nodes[n.index].capacity]))
    expect(capacities).toEqual({
      svc: 5000,
      plain: 1500,
      fn: 1000,
      pg: 10000,
      'pg-read': 30000,
      gw: 300,
      cas: 24000,
      cdn: undefined,
    })
  })
})
