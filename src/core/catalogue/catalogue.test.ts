import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KINDS, type Kind } from '../design/types'
import { getDefaultProps, getIncomingEdgeDefault, getKindSpec, getTechnology, isManaged, KIND_SPECS, resolveProps } from './index'

// The catalogue must say what ../shared/spec/catalogue.md says: every kind and technology of its table, the
// managed flags, and the defaults. The spec is read from disk so a kind or technology added there fails here.
const SPEC = readFileSync(resolve(import.meta.dirname, '../../../../shared/spec/catalogue.md'), 'utf8')

/** Rows of the "Kinds, technologies and props" table: kind -> [technology id, is managed][]. */
function readSpecTechnologies(): Map<string, Array<[string, boolean]>> {
  const section = SPEC.slice(SPEC.indexOf('## Kinds, technologies and props'), SPEC.indexOf('## Redundancy'))
  const rows = new Map<string, Array<[string, boolean]>>()
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim())
    if (cells.length < 4 || !/^[a-z][a-z-]*$/.test(cells[1]) || cells[1] === 'kind') continue
    const technologies: Array<[string, boolean]> = []
    let depth = 0
    let current = ''
    for (const char of `${cells[2]},`) {
      if (char === '(') depth++
      if (char === ')') depth--
      if (char === ',' && depth === 0) {
        const id = current.trim().split(/[\s(]/)[0]
        if (id) technologies.push([id, /\bmanaged\b/.test(current)])
        current = ''
      } else current += char
    }
    rows.set(cells[1], technologies)
  }
  return rows
}

/** Issue 8 (format version 2) adds to the v1 record: new kinds, and technologies appended to existing kinds. */
const V2_ADDITIONS: ReadonlyMap<string, Array<[string, boolean]>> = new Map<string, Array<[string, boolean]>>([
  ['key-value', [['redis', false]]],
  ['queue', [['rabbitmq', false]]],
  ['job', [['cron', false], ['batch', false], ['crawler', false], ['cdc', false]]],
  ['external', [['payment', false], ['push', false], ['email', false], ['third-party-api', false], ['web', false]]],
])

function readCatalogueContract(): Map<string, Array<[string, boolean]>> {
  const rows = readSpecTechnologies()
  for (const [kind, added] of V2_ADDITIONS) rows.set(kind, [...(rows.get(kind) ?? []), ...added])
  return rows
}

const ROLE_NAMES = ['entry', 'passThrough', 'router', 'broker', 'durableStore', 'cache', 'derived', 'job', 'external', 'hop']

describe('kind roles (issue 8, point 22)', () => {
  it.each([...KINDS])('%s decides every role', (kind) => {
    const roles = getKindSpec(kind).roles as unknown as Record<string, unknown>
    expect(Object.keys(roles).sort()).toEqual([...ROLE_NAMES].sort())
    for (const name of ROLE_NAMES) expect(typeof roles[name], `${kind}.${name}`).toBe('boolean')
  })

  it('gives each role the kinds the analysis has always meant by it', () => {
    const withRole = (role: string): string[] =>
      KIND_SPECS.filter((k) => (k.roles as unknown as Record<string, boolean>)[role]).map((k) => k.kind).sort()
    expect(withRole('entry')).toEqual(['client'])
    expect(withRole('router')).toEqual(['dns', 'load-balancer'])
    expect(withRole('broker')).toEqual(['pubsub', 'queue'])
    expect(withRole('durableStore')).toEqual(['key-value', 'object-storage', 'relational-db', 'wide-column'])
    expect(withRole('cache')).toEqual(['cache'])
    expect(withRole('derived')).toEqual(['cache', 'cdn', 'search'])
    expect(withRole('job')).toEqual(['job'])
    expect(withRole('external')).toEqual(['external'])
    expect(withRole('passThrough')).toEqual(
      ['api-gateway', 'cdn', 'client', 'dns', 'function', 'load-balancer', 'service'].sort(),
    )
    // A dns lookup and a cdn pass-through are no hops of a synchronous chain (point 8).
    expect(KIND_SPECS.filter((k) => !k.roles.hop).map((k) => k.kind).sort()).toEqual(['cdn', 'client', 'dns', 'zone'])
  })
})

describe('catalogue completeness', () => {
  const spec = readCatalogueContract()

  it('has exactly the kinds of the spec, in the format types and in the data', () => {
    expect([...spec.keys()].sort()).toEqual([...KINDS].sort())
    expect(KIND_SPECS.map((k) => k.kind).sort()).toEqual([...KINDS].sort())
  })

  it.each([...KINDS])('%s has every technology of the spec, in order, with its managed flag', (kind) => {
    const expected = spec.get(kind) ?? []
    const actual = getKindSpec(kind).technologies.map((t): [string, boolean] => [t.id, t.managed === true])
    expect(actual).toEqual(expected)
  })

  it('a node without a technology takes the first one listed', () => {
    expect(getTechnology({ kind: 'dns' }).id).toBe('route53')
    expect(getTechnology({ kind: 'queue' }).id).toBe('aws-sqs')
    expect(isManaged({ kind: 'dns' })).toBe(true)
  })

  // The defaults of catalogue.md, kind by kind (technology-specific where the spec says so).
  const DEFAULTS: Array<[Kind, string | undefined, Record<string, unknown>]> = [
    ['dns', 'route53', { instances: 3 }],
    ['dns', 'generic', { instances: 2 }],
    ['cdn', 'cloudfront', { instances: 3, ttlSeconds: 86400, hitRatio: 0.9 }],
    ['load-balancer', 'nginx', { instances: 1, algorithm: 'round-robin', healthChecks: true, stickySessions: false, capacityRps: 20000 }],
    ['load-balancer', 'haproxy', { instances: 1, capacityRps: 20000 }],
    // Elastic managed services have no default capacity (issue 8, point 5).
    ['load-balancer', 'aws-elb', { instances: 3, capacityRps: null }],
    ['api-gateway', 'aws-api-gateway', { instances: 3, throttleRps: null, capacityRps: 10000 }],
    ['api-gateway', 'generic', { instances: 1 }],
    ['service', undefined, { instances: 1, stateless: true, autoscaling: null, idempotent: false, capacityRps: 500 }],
    ['function', 'aws-lambda', { concurrencyLimit: 1000, idempotent: false, capacityRps: 1000, instances: 3 }],
    [
      'relational-db',
      'postgres',
      { replicas: 0, replication: 'none', failover: 'manual', readFrom: 'primary', shards: 1, capacityRps: 10000 },
    ],
    ['key-value', 'dynamodb', { instances: 3, consistency: 'eventual', capacityRps: null }],
    ['key-value', 'mongodb', { instances: 1, writeConcern: 'majority', readPreference: 'primary', shards: 1, capacityRps: 10000 }],
    ['key-value', 'redis', { instances: 1, persistence: 'rdb', failover: 'none', shards: 1, capacityRps: 100000 }],
    [
      'wide-column',
      'cassandra',
      { instances: 3, replicationFactor: 3, readConsistency: 'ONE', writeConsistency: 'ONE', capacityRps: 8000 },
    ],
    [
      'cache',
      'redis',
      { instances: 1, ttlSeconds: null, evictionPolicy: 'allkeys-lru', strategy: 'cache-aside', hitRatio: 0.8, failover: 'sentinel', shards: 1, capacityRps: 100000 },
    ],
    ['queue', 'aws-sqs', { fifo: false, deadLetterQueue: null, maxReceives: 5, retentionHours: 96, capacityRps: null }],
    ['queue', 'rabbitmq', { instances: 3, quorum: true, deadLetterQueue: null, capacityRps: 20000 }],
    ['job', 'cron', { ratePerSecond: 1, instances: 1, idempotent: false }],
    ['job', 'cdc', { ratePerSecond: 1, instances: 1, idempotent: false }],
    [
      'pubsub',
      'kafka',
      { instances: 3, partitions: 6, replicationFactor: 3, minInSyncReplicas: 2, acks: 'all', retentionHours: 168, capacityRps: 50000 },
    ],
    ['pubsub', 'aws-sns', { instances: 3, deadLetterQueue: null, capacityRps: null }],
    ['search', 'elasticsearch', { instances: 1, shards: 1, replicas: 0, capacityRps: 2000 }],
    ['logging', 'cloudwatch', { retentionDays: 30, instances: 3 }],
    ['object-storage', 'aws-s3', { instances: 3, capacityRps: null }],
    ['object-storage', 'generic', { instances: 1, capacityRps: 5500 }],
  ]

  it.each(DEFAULTS)('%s (%s) takes the spec defaults', (kind, technology, expected) => {
    expect(resolveProps({ kind, technology })).toMatchObject(expected)
    expect(getDefaultProps(kind, technology)).toMatchObject(expected)
  })

  it('a FIFO queue defaults to the FIFO capacity, a standard one to the standard capacity', () => {
    expect(resolveProps({ kind: 'queue', props: { fifo: true } }).capacityRps).toBe(3000)
    expect(resolveProps({ kind: 'queue', props: { fifo: false } }).capacityRps).toBe(null)
    // RabbitMQ's own figure wins over the SQS fifo driver.
    expect(resolveProps({ kind: 'queue', technology: 'rabbitmq', props: { fifo: false } }).capacityRps).toBe(20000)
  })

  it('kinds without instances or capacity in the spec have none', () => {
    expect(getKindSpec('client').props).toEqual([])
    expect(getKindSpec('external').props).toEqual([])
    expect(getKindSpec('zone').props).toEqual([])
    expect(getKindSpec('relational-db').props.some((p) => p.key === 'instances')).toBe(false)
    for (const kind of ['dns', 'cdn', 'logging'] as const) {
      expect(getKindSpec(kind).props.some((p) => p.key === 'capacityRps')).toBe(false)
    }
    for (const kind of ['service', 'function'] as const) {
      expect(getKindSpec(kind).props.some((p) => p.key === 'autoscaling')).toBe(true)
    }
    expect(KIND_SPECS.filter((k) => k.props.some((p) => p.key === 'autoscaling')).map((k) => k.kind)).toEqual([
      'service',
      'function',
    ])
  })

  it('every prop has a label, help and a default that fits its own domain', () => {
    for (const spec of KIND_SPECS) {
      for (const prop of spec.props) {
        expect(prop.label, `${spec.kind}.${prop.key}`).not.toBe('')
        expect(prop.help, `${spec.kind}.${prop.key}`).not.toBe('')
        if (prop.default === null) expect(prop.nullLabel, `${spec.kind}.${prop.key} may be null`).toBeTruthy()
        if (prop.type === 'enum') expect(prop.options).toContain(prop.default)
      }
    }
  })

  it("names only its own kind's technologies in per-technology defaults and prop lists", () => {
    for (const spec of KIND_SPECS) {
      const ids = spec.technologies.map((t) => t.id)
      for (const prop of spec.props) {
        for (const id of Object.keys(prop.technologyDefaults ?? {})) expect(ids, `${spec.kind}.${prop.key}`).toContain(id)
        for (const id of prop.technologies ?? []) expect(ids, `${spec.kind}.${prop.key}`).toContain(id)
      }
    }
  })
})

describe('a new connection into a kind', () => {
  it('reads from what serves reads, writes asynchronously to brokers and logs, else sync read-write', () => {
    const starts = (kind: Kind) => {
      const { mode, access } = getIncomingEdgeDefault(kind)
      return `${mode} ${access}`
    }
    for (const kind of ['dns', 'cdn', 'cache', 'search', 'object-storage'] as const) expect(starts(kind)).toBe('sync read')
    for (const kind of ['queue', 'pubsub', 'logging'] as const) expect(starts(kind)).toBe('async write')
    for (const kind of ['service', 'relational-db', 'key-value', 'load-balancer', 'client'] as const) {
      expect(starts(kind)).toBe('sync read-write')
    }
    for (const spec of KIND_SPECS) expect(getIncomingEdgeDefault(spec.kind).reason.length).toBeGreaterThan(10)
  })
})
