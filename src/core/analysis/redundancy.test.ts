import { describe, expect, it } from 'vitest'
import type { DesignNode } from '../design/types'
import { isNodeRedundant } from './redundancy'

const node = (kind: DesignNode['kind'], props?: DesignNode['props'], technology?: string) => ({ kind, props, technology })

describe('redundancy per catalogue.md', () => {
  it.each([
    ['client', node('client'), true],
    ['zone', node('zone'), true],
    ['managed by default', node('queue'), true],
    ['managed set to one instance', node('key-value', { instances: 1 }, 'dynamodb'), false],
    ['service with one instance', node('service'), false],
    ['service with two instances', node('service', { instances: 2 }), true],
    ['service autoscaling from two', node('service', { autoscaling: { min: 2, max: 4 } }), true],
    ['relational-db with manual failover', node('relational-db', { replicas: 1, replication: 'async' }), false],
    ['relational-db without replication', node('relational-db', { replicas: 1, failover: 'automatic' }), false],
    ['relational-db standby', node('relational-db', { replicas: 1, replication: 'sync', failover: 'automatic' }), true],
    ['cassandra default', node('wide-column'), true],
    ['cassandra QUORUM on 3 x RF 3', node('wide-column', { readConsistency: 'QUORUM' }), true],
    ['cassandra QUORUM on 2 nodes', node('wide-column', { instances: 2, writeConsistency: 'QUORUM' }), false],
    ['cassandra ALL', node('wide-column', { readConsistency: 'ALL', instances: 5 }), false],
    ['cassandra RF 1', node('wide-column', { replicationFactor: 1 }), false],
    ['kafka default', node('pubsub', undefined, 'kafka'), true],
    ['kafka RF 1', node('pubsub', { replicationFactor: 1 }, 'kafka'), false],
    ['search without replicas', node('search', { instances: 3 }), false],
    ['search with replicas', node('search', { instances: 2, replicas: 1 }), true],
    ['nginx pair', node('load-balancer', { instances: 2 }), true],
  ] as const)('%s: %s', (_name, input, expected) => {
    expect(isNodeRedundant(input)).toBe(expected)
  })
})
