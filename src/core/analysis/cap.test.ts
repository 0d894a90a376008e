import { describe, expect, it } from 'vitest'
import type { Kind, PropValue } from '../design/types'
import { design } from '../testing/designBuilder'
import { analyze } from './index'

function capOf(kind: Kind, props?: Record<string, PropValue>, technology?: string) {
  const result = analyze(design().node('n', kind, props, technology ? { technology } : {}).build())
  return result.cap.nodes.n
}

describe('CAP per node (first matching row wins)', () => {
  it.each([
    ['relational-db', {}, undefined, 'CA', false],
    ['relational-db', { replicas: 2, replication: 'none', readFrom: 'replicas' }, undefined, 'CA', false],
    ['relational-db', { replicas: 1, replication: 'async', readFrom: 'replicas' }, undefined, 'AP', true],
    ['relational-db', { replicas: 1, replication: 'sync', readFrom: 'replicas' }, undefined, 'AP', false],
    ['relational-db', { replicas: 1, replication: 'sync' }, undefined, 'CP', false],
    ['relational-db', { replicas: 1, replication: 'async' }, undefined, 'CP', true],
    ['key-value', {}, 'dynamodb', 'AP', false],
    ['key-value', { consistency: 'strong' }, 'dynamodb', 'CP', false],
    ['key-value', { readPreference: 'secondary', writeConcern: '1' }, 'mongodb', 'AP', false],
    ['key-value', { writeConcern: '1' }, 'mongodb', 'CP', true],
    ['key-value', {}, 'mongodb', 'CP', false],
    ['wide-column', { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' }, undefined, 'CP', false],
    ['wide-column', { readConsistency: 'ALL' }, undefined, 'CP', false],
    ['wide-column', { readConsistency: 'QUORUM' }, undefined, 'AP', false],
    ['wide-column', {}, undefined, 'AP', false],
    ['cache', { instances: 2 }, 'redis', 'AP', true],
    ['cache', { instances: 2 }, 'memcached', 'AP', false],
    ['queue', { fifo: true }, undefined, 'CP', false],
    ['queue', {}, undefined, 'AP', false],
    ['pubsub', {}, 'kafka', 'CP', false],
    ['pubsub', { acks: '1' }, 'kafka', 'AP', true],
    ['pubsub', { replicationFactor: 2 }, 'kafka', 'AP', true],
    ['pubsub', {}, 'aws-sns', 'AP', false],
    ['search', {}, undefined, 'AP', false],
    ['logging', {}, undefined, 'AP', false],
    ['object-storage', {}, 'aws-s3', 'CP', false],
    ['object-storage', {}, 'generic', 'AP', false],
    ['cdn', {}, undefined, 'AP', false],
  ] as const)('%s %j (%s) is %s, mayLoseWrites %s', (kind, props, technology, label, mayLoseWrites) => {
    const cap = capOf(kind, props, technology)
    expect(cap).toMatchObject({ label, mayLoseWrites })
    expect(cap.underPartition).toMatch(/^[A-Z].*\.$/)
    expect(cap.why).not.toBe('')
  })

  it('gives stateless nodes no label', () => {
    for (const kind of ['client', 'dns', 'load-balancer', 'api-gateway', 'service', 'function', 'zone'] as const) {
      expect(capOf(kind)).toBeUndefined()
    }
  })

  it('says how stale a cache may be', () => {
    expect(capOf('cache', { ttlSeconds: 60 }).underPartition).toContain('up to 60 s')
    expect(capOf('cache').underPartition).toContain('unbounded without a TTL')
  })
})

describe('CAP of the design', () => {
  it('takes the weakest label over user-facing writes and reads, first in file order deciding', () => {
    const result = analyze(
      design()
        .node('web', 'client')
        .node('api', 'service')
        .node('logs', 'logging')
        .node('pg', 'relational-db', { replicas: 1, replication: 'sync' })
        .node('orders', 'relational-db')
        .node('cache', 'cache', { ttlSeconds: 30 })
        .node('ddb', 'key-value', { consistency: 'strong' })
        .node('q', 'queue', { fifo: true })
        .node('worker', 'service')
        .node('bg', 'key-value')
        .edge('web', 'api')
        .edge('api', 'logs', { access: 'write' })
        .edge('api', 'orders', { access: 'write' })
        .edge('api', 'pg', { access: 'write' })
        .edge('api', 'ddb', { access: 'write' })
        .edge('api', 'cache', { access: 'read' })
        .edge('api', 'q', { access: 'write', mode: 'async' })
        .edge('q', 'worker', { access: 'read', mode: 'async' })
        .edge('worker', 'bg', { access: 'write' })
        .build(),
    )
    expect(result.cap.design).toEqual({
      write: 'CP',
      read: 'AP',
      writeNode: 'pg',
      readNode: 'cache',
      summary: 'Writes CP (pg refuses rather than diverge). Reads AP (cache: stale up to 30 s).',
    })
  })

  it('counts the cdns the walk passes for reads and stops at stores', () => {
    const result = analyze(
      design()
        .node('web', 'client')
        .node('cdn', 'cdn')
        .node('s3', 'object-storage')
        .node('behind', 'key-value')
        .edge('web', 'cdn', { access: 'read' })
        .edge('cdn', 's3', { access: 'read' })
        .edge('s3', 'behind', { access: 'read' })
        .build(),
    )
    expect(result.cap.design).toMatchObject({ write: null, read: 'AP', readNode: 'cdn' })
    expect(result.cap.design.summary).toBe(
      'Writes none (no user-facing write reaches a store). Reads AP (cdn: serves cached or replicated copies).',
    )
  })

  it('is none and none for a design that stores nothing', () => {
    expect(analyze(design().build()).cap.design).toEqual({
      write: null,
      read: null,
      summary: 'Writes none (no user-facing write reaches a store). Reads none (no user-facing read reaches a store).',
    })
  })
})
