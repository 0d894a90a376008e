import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { singlePointOfFailure } from './single-point-of-failure'

const replicatedDb = { replicas: 1, replication: 'async', failover: 'automatic' }

testRule(singlePointOfFailure, {
  valid: [
    { name: 'empty design', design: design().build() },
    {
      name: 'issue 8 point 18: an external service is outside the design\'s control, never a single point of failure',
      design: design()
        .node('web', 'client')
        .node('api', 'service', { instances: 2 })
        .node('pay', 'external', undefined, { technology: 'payment' })
        .edge('web', 'api')
        .edge('api', 'pay')
        .build(),
    },
    {
      name: 'issue 8 point 19: Redis as a store with replicas and Sentinel survives a lost node',
      design: design()
        .node('web', 'client')
        .node('api', 'service', { instances: 2 })
        .node('kv', 'key-value', { instances: 2, failover: 'sentinel' }, { technology: 'redis' })
        .edge('web', 'api')
        .edge('api', 'kv')
        .build(),
    },
    {
      name: 'issue 8 point 21: a RabbitMQ quorum queue on three nodes survives a lost node',
      design: design()
        .node('web', 'client')
        .node('api', 'service', { instances: 2 })
        .node('q', 'queue', undefined, { technology: 'rabbitmq' })
        .node('w', 'service', { instances: 2 })
        .edge('web', 'api')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'w', { mode: 'async', access: 'read' })
        .build(),
    },
    {
      name: 'every tier redundant',
      design: design()
        .node('web', 'client')
        .node('lb', 'load-balancer', undefined, { technology: 'aws-elb' })
        .node('api', 'service', { instances: 2 })
        .node('db', 'relational-db', replicatedDb)
        .edge('web', 'lb')
        .edge('lb', 'api')
        .edge('api', 'db')
        .build(),
    },
    {
      name: 'a load balancer routes around either of two single targets',
      design: design()
        .node('web', 'client')
        .node('lb', 'load-balancer', { instances: 2 })
        .node('a', 'service')
        .node('b', 'service')
        .edge('web', 'lb')
        .edge('lb', 'a')
        .edge('lb', 'b')
        .build(),
    },
    {
      name: 'caches and optional edges are not dependencies',
      design: design()
        .node('web', 'client')
        .node('api', 'service', { autoscaling: { min: 2, max: 4 } })
        .node('cache', 'cache')
        .node('ext', 'service')
        .edge('web', 'api')
        .edge('api', 'cache', { access: 'read' })
        .edge('api', 'ext', { optional: true })
        .build(),
    },
    {
      name: 'queue consumers compete: one of two is enough',
      design: design()
        .node('q', 'queue')
        .node('w1', 'service')
        .node('w2', 'service')
        .edge('q', 'w1', { mode: 'async', access: 'read' })
        .edge('q', 'w2', { mode: 'async', access: 'read' })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'issue 8 point 6: on a minor path (1 % of the requests) it is a warning that names the share',
      design: design()
        .node('mobile', 'client', undefined, { label: 'Mobile app' })
        .node('api', 'service', { instances: 2 })
        .node('db', 'relational-db', replicatedDb)
        .node('avatars', 'service', undefined, { label: 'Avatar service' })
        .edge('mobile', 'api')
        .edge('api', 'db')
        .edge('api', 'avatars', { share: 0.01 })
        .build(),
      targets: ['node:avatars'],
      messages: ["Avatar service has one instance: if it fails, it stops about 1 % of Mobile app's requests"],
      severities: ['warning'],
    },
    {
      name: 'issue 8 point 6: half or more of some entry\'s requests keep it an error',
      design: design()
        .workload({ monthlyActiveUsers: 1000, readWriteRatio: 1 })
        .node('web', 'client', undefined, { label: 'Web' })
        .node('lb', 'load-balancer', { instances: 2 })
        .node('a', 'service', { instances: 2 })
        .node('b', 'service', undefined, { label: 'Writer' })
        .edge('web', 'lb')
        .edge('lb', 'a', { access: 'read' })
        .edge('lb', 'b', { access: 'write' })
        .build(),
      targets: ['node:b'],
      messages: ['Writer has one instance: every request from Web needs it'],
      severities: ['error'],
    },
    {
      name: 'issue 8 point 21: a classic RabbitMQ queue lives on one node',
      design: design()
        .node('web', 'client')
        .node('api', 'service', { instances: 2 })
        .node('q', 'queue', { quorum: false }, { technology: 'rabbitmq' })
        .node('w', 'service', { instances: 2 })
        .edge('web', 'api')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'w', { mode: 'async', access: 'read' })
        .build(),
      targets: ['node:q'],
      severities: ['error'],
    },
    {
      name: 'single service and database before the user',
      design: design()
        .node('web', 'client', undefined, { label: 'Web client' })
        .node('api', 'service')
        .node('db', 'relational-db', undefined, { label: 'Orders DB' })
        .edge('web', 'api')
        .edge('api', 'db', { access: 'write' })
        .build(),
      targets: ['node:api', 'node:db'],
      messages: ['api has one instance: every request from Web client needs it', 'Orders DB has no standby'],
      severities: ['error', 'error'],
    },
    {
      name: 'a write-only target does not serve reads (OR per access kind)',
      design: design()
        .node('web', 'client')
        .node('lb', 'load-balancer', { instances: 2 })
        .node('reader', 'service')
        .node('writer', 'service')
        .edge('web', 'lb')
        .edge('lb', 'reader', { access: 'read' })
        .edge('lb', 'writer', { access: 'write' })
        .build(),
      targets: ['node:reader', 'node:writer'],
    },
    {
      name: 'a consumer and its store stop background work only',
      design: design()
        .node('web', 'client')
        .node('api', 'service', { instances: 2 })
        .node('q', 'queue')
        .node('worker', 'service')
        .node('db', 'relational-db')
        .edge('web', 'api')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'db', { access: 'write' })
        .build(),
      targets: ['node:db', 'node:worker'],
      severities: ['warning', 'warning'],
      messages: ['db has no standby with automatic failover: if it fails, background work from q stops'],
    },
    {
      name: 'a pubsub needs every subscriber; a managed broker with one instance is a dependency',
      design: design()
        .node('web', 'client')
        .node('api', 'service', { instances: 2 })
        .node('topic', 'pubsub', { instances: 1 }, { technology: 'aws-sns' })
        .node('s1', 'service', { instances: 2 })
        .node('s2', 'service')
        .edge('web', 'api')
        .edge('api', 'topic', { mode: 'async', access: 'write' })
        .edge('topic', 's1', { mode: 'async', access: 'read' })
        .edge('topic', 's2', { mode: 'async', access: 'read' })
        .build(),
      targets: ['node:s2', 'node:topic'],
      severities: ['warning', 'error'],
    },
    {
      name: 'cycles and self-loops settle (greatest fixed point)',
      design: design()
        .node('web', 'client')
        .node('a', 'service')
        .node('b', 'service')
        .edge('web', 'a')
        .edge('a', 'b')
        .edge('b', 'a')
        .edge('b', 'b')
        .build(),
      targets: ['node:a', 'node:b'],
    },
    {
      name: 'without clients, nodes with no incoming edge are the entries',
      design: design()
        .node('job', 'function', { instances: 1 })
        .node('cache', 'cache')
        .edge('job', 'cache', { optional: false, access: 'write' })
        .build(),
      targets: ['node:cache', 'node:job'],
      messages: [
        'cache has one instance: every request from job needs it',
        'job has one instance: every request starts at it',
      ],
    },
    {
      name: 'quorum on two nodes cannot lose one; three nodes can',
      design: design()
        .node('web', 'client')
        .node('seats', 'wide-column', { instances: 2, readConsistency: 'QUORUM' })
        .node('search', 'search')
        .edge('web', 'seats')
        .edge('web', 'search')
        .build(),
      targets: ['node:search', 'node:seats'],
    },
  ],
})
