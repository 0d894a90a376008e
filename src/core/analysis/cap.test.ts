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
    ['key-value', { readPreference: 'secondary', writeConcern: '1' }, 'mongodb', 'AP', true],
    ['key-value', { writeConcern: '1' }, 'mongodb', 'CP', true],
    ['key-value', {}, 'mongodb', 'CP', false],
    // Last-writer-wins loses writes at every consistency level (issue 8, point 7).
    ['wide-column', { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' }, undefined, 'CP', true],
    ['wide-column', { readConsistency: 'ALL' }, undefined, 'CP', true],
    ['wide-column', { readConsistency: 'QUORUM' }, undefined, 'AP', true],
    ['wide-column', {}, undefined, 'AP', true],
    ['key-value', {}, 'redis', 'AP', true],
    ['key-value', { instances: 3, failover: 'sentinel', persistence: 'aof-always' }, 'redis', 'AP', true],
    ['queue', {}, 'rabbitmq', 'CP', false],
    ['queue', { quorum: false }, 'rabbitmq', 'CA', false],
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
    const stateless = ['client', 'dns', 'load-balancer', 'api-gateway', 'service', 'function', 'job', 'external', 'zone'] as const
    for (const kind of stateless) {
      expect(capOf(kind)).toBeUndefined()
    }
  })

  it('says how stale a cache may be', () => {
    expect(capOf('cache', { ttlSeconds: 60 }).underPartition).toContain('up to 60 s')
    expect(capOf('cache').underPartition).toContain('unbounded without a TTL')
  })
})

describe('CAP for writes and for reads (issue 8, point 1)', () => {
  it('labels MySQL with async replicas read from the replicas: writes CP losing on failover, reads AP', () => {
    const cap = capOf('relational-db', { replicas: 2, replication: 'async', failover: 'automatic', readFrom: 'replicas' }, 'mysql')
    expect(cap.write).toMatchObject({ label: 'CP', mayLoseWrites: true, flip: 'Sync replication.' })
    expect(cap.read).toMatchObject({ label: 'AP', mayLoseWrites: false, flip: 'Read from the primary.' })
    const result = analyze(
      design()
        .node('web', 'client')
        .node('api', 'service')
        .node('db', 'relational-db', { replicas: 2, replication: 'async', failover: 'automatic', readFrom: 'replicas' }, { technology: 'mysql' })
        .edge('web', 'api')
        .edge('api', 'db')
        .build(),
    )
    expect(result.cap.design).toMatchObject({ write: 'CP', read: 'AP', writeNode: 'db', readNode: 'db' })
    expect(result.cap.design.summary).toBe(
      'Writes CP (db may lose acknowledged writes on failover). Reads AP (db: replicas lag the primary). ' +
        'May lose acknowledged writes: db.',
    )
  })

  it('labels MongoDB writes by the write concern only; readPreference secondary changes the reads', () => {
    const cap = capOf('key-value', { readPreference: 'secondary' }, 'mongodb')
    expect(cap.write).toMatchObject({ label: 'CP', mayLoseWrites: false })
    expect(cap.read).toMatchObject({ label: 'AP' })
  })

  it('says why Cassandra loses writes and how to flip it (point 7)', () => {
    const cap = capOf('wide-column', { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' })
    expect(cap.write.underPartition).toBe(
      'May lose acknowledged writes: concurrent writes to one row resolve by timestamp and the loser is dropped.',
    )
    expect(cap.write.flip).toContain('Lightweight transactions')
    expect(cap.read).toMatchObject({ label: 'CP', mayLoseWrites: false })
  })

  it('says what Redis as a store loses (point 19)', () => {
    expect(capOf('key-value', { persistence: 'none' }, 'redis').underPartition).toContain('a restart loses everything')
    expect(capOf('key-value', {}, 'redis').underPartition).toContain('since the last snapshot')
    expect(capOf('key-value', {}, 'redis').flip).not.toBeNull()
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
      'Writes none (no user-facing write reaches durable data). Reads AP (cdn: serves cached or replicated copies).',
    )
  })

  it('is none and none for a design that stores nothing', () => {
    expect(analyze(design().build()).cap.design).toEqual({
      write: null,
      read: null,
      summary: 'Writes none (no user-facing write reaches durable data). Reads none (no user-facing read reaches a store).',
    })
  })
})

describe('what counts as a user write (issue 8, points 2 and 3)', () => {
  it('point 2: a cdn is never a write target; writes pass through it to the origin', () => {
    const result = analyze(
      design()
        .node('web', 'client')
        .node('cdn', 'cdn')
        .node('api', 'service')
        .node('db', 'relational-db', { replicas: 1, replication: 'sync', failover: 'automatic' })
        .edge('web', 'cdn')
        .edge('cdn', 'api')
        .edge('api', 'db')
        .build(),
    )
    expect(result.cap.design).toMatchObject({ write: 'CP', writeNode: 'db', read: 'AP', readNode: 'cdn' })
  })

  it('point 3: a cache-aside fill counts for reads only; users who write nothing durable give writes "none"', () => {
    const result = analyze(
      design()
        .node('web', 'client')
        .node('api', 'service')
        .node('cache', 'cache', { ttlSeconds: 60 })
        .node('db', 'relational-db', { replicas: 1, replication: 'sync', failover: 'automatic' })
        .edge('web', 'api', { access: 'read' })
        .edge('api', 'cache', { access: 'read-write' })
        .edge('api', 'db', { access: 'read' })
        .build(),
    )
    expect(result.cap.design.write).toBeNull()
    expect(result.cap.design.summary).toContain('Writes none')
    expect(result.cap.design).toMatchObject({ read: 'AP', readNode: 'cache' })
  })

  it('point 3: a broker consumer filling a search index is not a user write, but a plain cache write is', () => {
    const consumer = analyze(
      design()
        .node('web', 'client')
        .node('api', 'service')
        .node('q', 'queue', { fifo: true })
        .node('indexer', 'service')
        .node('index', 'search')
        .edge('web', 'api')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'indexer', { mode: 'async', access: 'read' })
        .edge('api', 'indexer', { access: 'read' })
        .edge('indexer', 'index', { access: 'write' })
        .build(),
    )
    expect(consumer.cap.design).toMatchObject({ write: 'CP', writeNode: 'q', read: 'AP', readNode: 'index' })
    const plain = analyze(
      design().node('web', 'client').node('api', 'service').node('c', 'cache').edge('web', 'api').edge('api', 'c').build(),
    )
    expect(plain.cap.design).toMatchObject({ write: 'AP', writeNode: 'c' })
  })
})
