import { describe, expect, it } from 'vitest'
import type { Design } from '../design/types'
import { design } from '../testing/designBuilder'
import { computeFailureTable, type FailureRow } from './failureTable'
import { createView } from './view'

function table(built: Design): FailureRow[] {
  return computeFailureTable(createView(built))
}

function row(rows: readonly FailureRow[], id: string): Omit<FailureRow, 'fail'> & { type: string } {
  const found = rows.find((r) => r.fail.id === id)
  if (!found) throw new Error(`no row for ${id}`)
  const { fail, ...rest } = found
  return { type: fail.type, ...rest }
}

const NONE = { breaks: [], degrades: [], stalls: [], severity: 'none', spof: false }

describe('single-failure table: nodes', () => {
  const chain = design()
    .node('web', 'client')
    .node('lb', 'load-balancer', { instances: 2 })
    .node('api', 'service')
    .node('db', 'relational-db')
    .edge('web', 'lb')
    .edge('lb', 'api')
    .edge('api', 'db')
    .build()

  it('fails the whole component, and says whether one machine alone already breaks the flow', () => {
    const rows = table(chain)
    expect(row(rows, 'api')).toEqual({ type: 'node', breaks: ['web'], degrades: [], stalls: [], severity: 'error', spof: true })
    expect(row(rows, 'db')).toMatchObject({ breaks: ['web'], spof: true })
    // Two load-balancer instances survive one machine, not an outage of the component.
    expect(row(rows, 'lb')).toMatchObject({ breaks: ['web'], severity: 'error', spof: false })
  })

  it('leaves clients out: they are where the users are, not a part that goes down', () => {
    expect(table(chain).map((r) => r.fail.id)).not.toContain('web')
  })

  it('takes a cycle of hard dependencies down together', () => {
    const rows = table(
      design()
        .node('web', 'client')
        .node('a', 'service', { instances: 2 })
        .node('b', 'service', { instances: 2 })
        .edge('web', 'a')
        .edge('a', 'b')
        .edge('b', 'a')
        .build(),
    )
    expect(row(rows, 'b')).toMatchObject({ breaks: ['web'], spof: false })
    expect(row(rows, 'b-a')).toMatchObject({ type: 'edge', breaks: ['web'], severity: 'error' })
  })
})

describe('single-failure table: OR through dns and load balancers', () => {
  const routed = design()
    .node('web', 'client')
    .node('dns', 'dns', { instances: 2 })
    .node('lb1', 'load-balancer')
    .node('lb2', 'load-balancer')
    .node('api', 'service', { instances: 2 })
    .node('writer', 'service', { instances: 2 })
    .edge('web', 'dns')
    .edge('dns', 'lb1')
    .edge('dns', 'lb2')
    .edge('lb1', 'api', { access: 'read' })
    .edge('lb1', 'writer', { access: 'write' })
    .edge('lb2', 'api', { access: 'read' })
    .edge('lb2', 'writer', { access: 'write' })
    .build()

  it('routes around one dead balancer or one cut route', () => {
    const rows = table(routed)
    expect(row(rows, 'lb1')).toEqual({ type: 'node', ...NONE })
    expect(row(rows, 'dns-lb2')).toEqual({ type: 'edge', ...NONE })
  })

  it('fails a balancer that loses its only route for writes, though reads still have one', () => {
    const rows = table(routed)
    // lb1's only write route is cut: lb1 is down, dns still has lb2.
    expect(row(rows, 'lb1-writer')).toEqual({ type: 'edge', ...NONE })
    const single = table(
      design()
        .node('web', 'client')
        .node('lb', 'load-balancer', { instances: 2 })
        .node('r1', 'service', { instances: 2 })
        .node('r2', 'service', { instances: 2 })
        .node('w', 'service', { instances: 2 })
        .edge('web', 'lb')
        .edge('lb', 'r1', { access: 'read' })
        .edge('lb', 'r2', { access: 'read' })
        .edge('lb', 'w', { access: 'write' })
        .build(),
    )
    expect(row(single, 'lb-r1')).toMatchObject({ severity: 'none' })
    expect(row(single, 'lb-w')).toMatchObject({ breaks: ['web'], severity: 'error' })
    expect(row(single, 'w')).toMatchObject({ breaks: ['web'] })
  })
})

describe('single-failure table: zones and edges', () => {
  it('fails every machine in a zone, nested zones included, and agrees with the zone finding', () => {
    const rows = table(
      design()
        .zone('region')
        .zone('az', { parent: 'region' })
        .node('web', 'client')
        .node('api', 'service', { instances: 3 }, { parent: 'az' })
        .node('db', 'relational-db', { replicas: 1, replication: 'sync', failover: 'automatic' })
        .edge('web', 'api')
        .edge('api', 'db')
        .build(),
    )
    expect(row(rows, 'az')).toEqual({ type: 'zone', breaks: ['web'], degrades: [], stalls: [], severity: 'error', spof: true })
    expect(row(rows, 'region')).toMatchObject({ breaks: ['web'], spof: true })
  })

  it('lists an empty zone with no effect', () => {
    expect(row(table(design().zone('empty').build()), 'empty')).toEqual({ type: 'zone', ...NONE })
  })

  it('cuts a link: its caller loses the target over that link only', () => {
    const rows = table(
      design()
        .node('web', 'client')
        .node('mobile', 'client')
        .node('api', 'service', { instances: 2 })
        .edge('web', 'api')
        .edge('mobile', 'api')
        .build(),
    )
    expect(row(rows, 'web-api')).toMatchObject({ breaks: ['web'], spof: false })
    expect(row(rows, 'api')).toMatchObject({ breaks: ['web', 'mobile'] })
  })
})

describe('single-failure table: optional edges and background flows', () => {
  const shop = design()
    .node('web', 'client')
    .node('api', 'service', { instances: 2 })
    .node('cache', 'cache', { instances: 2 }, { technology: 'redis' })
    .node('db', 'relational-db', { replicas: 1, replication: 'sync', failover: 'automatic' })
    .node('logs', 'logging')
    .node('q', 'queue')
    .node('worker', 'service')
    .node('topic', 'pubsub')
    .node('mailer', 'service', { instances: 2 })
    .node('search', 'service', { instances: 2 })
    .edge('web', 'api')
    .edge('api', 'cache', { access: 'read' })
    .edge('api', 'db')
    .edge('api', 'logs', { mode: 'async', access: 'write' })
    .edge('api', 'q', { mode: 'async', access: 'write' })
    .edge('q', 'worker', { mode: 'async', access: 'read' })
    .edge('worker', 'db', { access: 'write' })
    .edge('worker', 'topic', { mode: 'async', access: 'write', optional: true })
    .edge('topic', 'mailer', { mode: 'async', access: 'read' })
    .edge('topic', 'search', { mode: 'async', access: 'read' })
    .build()

  it('degrades the entries behind a lost optional dependency instead of breaking them', () => {
    const rows = table(shop)
    expect(row(rows, 'cache')).toEqual({ type: 'node', breaks: [], degrades: ['web'], stalls: [], severity: 'warning', spof: false })
    expect(row(rows, 'api-cache')).toMatchObject({ degrades: ['web'], severity: 'warning' })
    expect(row(rows, 'logs')).toMatchObject({ degrades: ['web'] })
  })

  it('stalls background work: a queue without a consumer, a topic missing one subscriber', () => {
    const rows = table(shop)
    expect(row(rows, 'worker')).toEqual({ type: 'node', breaks: [], degrades: [], stalls: ['q'], severity: 'warning', spof: true })
    expect(row(rows, 'q-worker')).toMatchObject({ stalls: ['q'], severity: 'warning' })
    expect(row(rows, 'topic-mailer')).toMatchObject({ stalls: ['topic'] })
    expect(row(rows, 'mailer')).toMatchObject({ stalls: ['topic'], spof: false })
    // The worker publishes optionally: a dead topic stalls its own deliveries only.
    expect(row(rows, 'topic')).toMatchObject({ breaks: [], stalls: ['topic'] })
  })

  it('breaks the producers of a queue that is down: publishing is a hard dependency', () => {
    expect(row(table(shop), 'q')).toMatchObject({ breaks: ['web'], stalls: ['q'], severity: 'error' })
  })

  it('lets competing consumers of a queue cover for each other', () => {
    const rows = table(
      design()
        .node('api', 'service', { instances: 2 })
        .node('q', 'queue')
        .node('w1', 'service')
        .node('w2', 'service')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'w1', { mode: 'async', access: 'read' })
        .edge('q', 'w2', { mode: 'async', access: 'read' })
        .build(),
    )
    expect(row(rows, 'w1')).toMatchObject({ severity: 'none' })
    expect(row(rows, 'q-w2')).toMatchObject({ severity: 'none' })
  })
})

describe('single-failure table: order', () => {
  it('puts what breaks most first, then background stalls, degradations and the rows with no effect', () => {
    const rows = table(
      design()
        .node('web', 'client')
        .node('mobile', 'client')
        .node('lb', 'load-balancer', { instances: 2 })
        .node('api', 'service', { instances: 2 })
        .node('cache', 'cache', { instances: 2 })
        .node('q', 'queue')
        .node('worker', 'service', { instances: 2 })
        .edge('web', 'lb')
        .edge('mobile', 'api')
        .edge('lb', 'api')
        .edge('api', 'cache', { access: 'read' })
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .build(),
    )
    expect(rows.map((r) => `${r.severity} ${r.fail.id}`)).toEqual([
      // Both entries and its own background work.
      'error q',
      'error api',
      'error api-q',
      'error lb',
      'error web-lb',
      // Ties keep the file's order.
      'error mobile-api',
      'error lb-api',
      'warning worker',
      'warning q-worker',
      'warning cache',
      'warning api-cache',
    ])
  })
})
