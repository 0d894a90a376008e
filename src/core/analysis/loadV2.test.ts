import { describe, expect, it } from 'vitest'
import type { Design } from '../design/types'
import { design } from '../testing/designBuilder'
import { analyze } from './index'
import { createView } from './view'
import { deriveWorkload } from './workload'

// Issue 8, points 5, 13, 14, 16, 17 and 20: load and capacity with format v2's additions.
const workload = { monthlyActiveUsers: 1_000_000, readWriteRatio: 100 }
const { peakReadRps: R, peakWriteRps: W } = deriveWorkload(workload)

function loadsOf(built: Design): Record<string, { rps: number; capacity?: number }> {
  const view = createView(built)
  const out: Record<string, { rps: number; capacity?: number }> = {}
  for (const node of view.nodes) {
    const load = view.load?.nodes[node.index]
    out[node.id] = { rps: load?.rps ?? NaN, capacity: load?.capacity }
  }
  return out
}

describe('dailyActiveUsers (point 13)', () => {
  it('replaces monthly / 4.345 / 7 and says "given"', () => {
    const given = deriveWorkload({ monthlyActiveUsers: 100_000, dailyActiveUsers: 50_000, readWriteRatio: 10 })
    expect(given.steps.map((s) => s.label)).toContain('Daily users (given)')
    expect(given.steps.some((s) => s.label.startsWith('Weekly'))).toBe(false)
    expect(given.steps[1].value).toBe(50_000)
    const derived = deriveWorkload({ monthlyActiveUsers: 100_000, readWriteRatio: 10 })
    // The seed's arithmetic: ~23,000 a week, ~3,300 a day, ~2,400 at peak.
    expect(derived.steps[2].value).toBeCloseTo(3288, 0)
    expect(given.peakRps / derived.peakRps).toBeCloseTo(50_000 / (100_000 / 4.345 / 7), 6)
  })
})

describe('fanOut (point 14)', () => {
  it('multiplies what an edge carries, on a call and on a delivery', () => {
    const loads = loadsOf(
      design()
        .workload(workload)
        .node('web', 'client')
        .node('api', 'service')
        .node('topic', 'pubsub')
        .node('worker', 'service')
        .node('timelines', 'cache')
        .node('db', 'relational-db')
        .edge('web', 'api')
        .edge('api', 'db', { access: 'read', fanOut: 3 })
        .edge('api', 'topic', { access: 'write', mode: 'async' })
        .edge('topic', 'worker', { access: 'read', mode: 'async' })
        .edge('worker', 'timelines', { access: 'write', fanOut: 200 })
        .build(),
    )
    expect(loads.db.rps).toBeCloseTo(3 * R)
    expect(loads.worker.rps).toBeCloseTo(W / 2) // the topic absorbs the burst (burstFactor 2) once
    expect(loads.timelines.rps).toBeCloseTo(200 * loads.worker.rps)
  })
})

describe('jobs (point 17)', () => {
  it('send their ratePerSecond down each edge, as reads on read edges and writes on the others', () => {
    const view = createView(
      design()
        .workload(workload)
        .node('crawler', 'job', { ratePerSecond: 40 }, { technology: 'crawler' })
        .node('web', 'external', undefined, { technology: 'web' })
        .node('pages', 'object-storage', undefined, { technology: 'generic' })
        .edge('crawler', 'web', { access: 'read' })
        .edge('crawler', 'pages', { access: 'write', fanOut: 2 })
        .build(),
    )
    const load = view.load?.nodes ?? []
    expect(load[1]).toMatchObject({ readRps: 40, writeRps: 0 })
    expect(load[2]).toMatchObject({ readRps: 0, writeRps: 80 })
    // A job starts background flows, never user-facing ones.
    expect(view.userFacingEntries).toEqual([])
    expect(view.backgroundEntries.map((n) => n.id)).toEqual(['crawler'])
  })

  it('fail as background scope: a lone job breaks only its own flow', () => {
    const analysis = analyze(
      design()
        .node('cron', 'job', undefined, { technology: 'cron' })
        .node('db', 'relational-db')
        .edge('cron', 'db', { access: 'write' })
        .build(),
    )
    expect(analysis.spof).toEqual([
      { node: 'cron', scope: 'background', breaks: ['cron'] },
      { node: 'db', scope: 'background', breaks: ['cron'] },
    ])
  })
})

describe('elastic managed services (point 5)', () => {
  it('have no capacity, so capacity rules never fire on them unless capacityRps is set', () => {
    const build = (props?: Record<string, number>) =>
      design()
        .workload({ monthlyActiveUsers: 1_000_000_000, readWriteRatio: 1 })
        .node('web', 'client')
        .node('lb', 'load-balancer', undefined, { technology: 'aws-elb' })
        .node('s3', 'object-storage', props, { technology: 'aws-s3' })
        .node('q', 'queue')
        .node('fifo', 'queue', { fifo: true })
        .node('ddb', 'key-value', undefined, { technology: 'dynamodb' })
        .edge('web', 'lb')
        .edge('lb', 's3')
        .edge('web', 'q', { mode: 'async', access: 'write' })
        .edge('web', 'fifo', { mode: 'async', access: 'write' })
        .edge('web', 'ddb')
        .build()
    const elastic = analyze(build())
    expect(Object.keys(elastic.load)).toEqual(['fifo'])
    const capacityFindings = elastic.diagnostics.filter((d) => d.ruleId.includes('capacity'))
    // SQS FIFO keeps its quota (3,000 messages/s): the only capacity finding.
    expect(capacityFindings.map((d) => d.target)).toEqual([{ type: 'node', id: 'fifo' }])
    const set = analyze(build({ capacityRps: 100 }))
    expect(set.diagnostics.some((d) => d.ruleId === 'over-capacity' && d.target.type === 'node' && d.target.id === 's3')).toBe(true)
  })
})

describe('shards (point 20)', () => {
  it('multiply capacity; instances and replicas count per shard', () => {
    const loads = loadsOf(
      design()
        .workload(workload)
        .node('web', 'client')
        .node('db', 'relational-db', { shards: 4 })
        .node('kv', 'key-value', { shards: 3, instances: 2 }, { technology: 'mongodb' })
        .node('c', 'cache', { shards: 2, instances: 2 })
        .edge('web', 'db')
        .edge('web', 'kv')
        .edge('web', 'c')
        .build(),
    )
    expect(loads.db.capacity).toBe(40_000)
    expect(loads.kv.capacity).toBe(60_000)
    expect(loads.c.capacity).toBe(400_000)
    const view = createView(
      design().node('kv', 'key-value', { shards: 8, instances: 1, failover: 'cluster' }, { technology: 'redis' }).build(),
    )
    expect(view.nodes[0].isRedundant).toBe(false)
  })
})

describe('replica boxes (point 16)', () => {
  const build = (edge: { consistency?: 'strong' } = {}, primaryProps?: Record<string, string | number>) =>
    design()
      .workload(workload)
      .node('web', 'client')
      .node('api', 'service', { instances: 2 })
      .node('primary', 'relational-db', primaryProps)
      .node('replica', 'relational-db')
      .edge('web', 'api')
      .edge('api', 'primary', { access: 'write' })
      .edge('api', 'replica', { access: 'read' })
      .edge('primary', 'replica', { mode: 'replication', access: 'write', ...edge })
      .build()

  it('make one store with one more replica: async by default, reads from the replica box lag', () => {
    const analysis = analyze(build({}, { failover: 'automatic' }))
    expect(analysis.cap.nodes.primary.write).toMatchObject({ label: 'CP', mayLoseWrites: true })
    expect(analysis.cap.nodes.replica.read).toMatchObject({ label: 'AP' })
    expect(analysis.cap.design).toMatchObject({ write: 'CP', writeNode: 'primary', read: 'AP', readNode: 'replica' })
    // With automatic failover and the replica box as its standby, the primary is no single point of failure.
    expect(analysis.spof).toEqual([])
  })

  it('are sync with consistency strong, and never their own single point of failure', () => {
    const analysis = analyze(build({ consistency: 'strong' }))
    expect(analysis.cap.nodes.primary.write).toMatchObject({ label: 'CP', mayLoseWrites: false })
    // Manual failover leaves the primary one; the replica box is never reported.
    expect(analysis.spof.map((s) => s.node)).toEqual(['primary'])
  })

  it('carry the primary\'s writes on the replication edge and keep their own capacity', () => {
    const loads = loadsOf(build())
    expect(loads.primary.rps).toBeCloseTo(W)
    expect(loads.replica.rps).toBeCloseTo(R + W)
    expect(loads.replica.capacity).toBe(10_000)
  })
})
