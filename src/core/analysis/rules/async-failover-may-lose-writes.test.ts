import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { asyncFailoverMayLoseWrites } from './async-failover-may-lose-writes'

const asyncDb = { replicas: 1, replication: 'async', failover: 'automatic' }

testRule(asyncFailoverMayLoseWrites, {
  valid: [
    {
      name: 'read-only traffic loses no writes',
      design: design()
        .node('api', 'service')
        .node('db', 'relational-db', asyncDb)
        .edge('api', 'db', { access: 'read' })
        .build(),
    },
    {
      name: 'sync replication, no replicas, memcached and a single redis',
      design: design()
        .node('api', 'service')
        .node('sync', 'relational-db', { replicas: 1, replication: 'sync' })
        .node('none', 'relational-db', { replication: 'async' })
        .node('mem', 'cache', { instances: 3 }, { technology: 'memcached' })
        .node('one', 'cache', undefined, { technology: 'redis' })
        .edge('api', 'sync', { access: 'write' })
        .edge('api', 'none', { access: 'write' })
        .edge('api', 'mem', { access: 'write' })
        .edge('api', 'one', { access: 'write' })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'writes on any flow count, background ones too',
      design: design()
        .node('api', 'service')
        .node('db', 'relational-db', asyncDb)
        .node('q', 'queue')
        .node('worker', 'service')
        .node('cache', 'cache', { instances: 2 }, { technology: 'redis' })
        .edge('api', 'db', { access: 'read-write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'cache', { access: 'write' })
        .build(),
      targets: ['node:cache', 'node:db'],
    },
  ],
})
