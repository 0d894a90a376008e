import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { writeHeavySinglePrimary } from './write-heavy-single-primary'

const writeHeavy = { monthlyActiveUsers: 100_000, readWriteRatio: 0.5 }

testRule(writeHeavySinglePrimary, {
  valid: [
    {
      name: 'no workload',
      design: design().node('web', 'client').node('db', 'relational-db').edge('web', 'db', { access: 'write' }).build(),
    },
    {
      name: 'writes go through a queue',
      design: design()
        .workload(writeHeavy)
        .node('web', 'client')
        .node('api', 'service')
        .node('q', 'queue')
        .node('worker', 'service')
        .node('db', 'relational-db')
        .edge('web', 'api')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'db', { access: 'write' })
        .build(),
    },
    {
      name: 'balanced with writes well under half the capacity',
      design: design()
        .workload({ monthlyActiveUsers: 100_000, readWriteRatio: 4 })
        .node('web', 'client')
        .node('db', 'relational-db')
        .edge('web', 'db', { access: 'write' })
        .build(),
    },
    {
      name: 'issue 8 point 10: writes a queue delivers later do not count against capacity',
      design: design()
        .workload({ monthlyActiveUsers: 10_000_000, readWriteRatio: 4 })
        .node('web', 'client')
        .node('api', 'service')
        .node('q', 'queue')
        .node('worker', 'service')
        .node('db', 'relational-db', { capacityRps: 10 })
        .edge('web', 'api')
        .edge('api', 'db', { access: 'read' })
        .edge('api', 'db', { access: 'write', share: 0.01 })
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'db', { access: 'write' })
        .build(),
    },
    {
      name: 'issue 8 point 20: a sharded database has a primary per shard',
      design: design()
        .workload(writeHeavy)
        .node('web', 'client')
        .node('db', 'relational-db', { shards: 4 })
        .edge('web', 'db', { access: 'write' })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'issue 8 point 10: with a queue already in front it advises partitioning, not a queue',
      design: design()
        .workload(writeHeavy)
        .node('web', 'client')
        .node('api', 'service')
        .node('q', 'queue')
        .node('worker', 'service')
        .node('db', 'relational-db', undefined, { label: 'Orders DB' })
        .edge('web', 'api')
        .edge('api', 'db', { access: 'write' })
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'db', { access: 'write' })
        .build(),
      targets: ['node:db'],
      messages: ['writes/s at peak): partition the writes or pick a store that scales writes'],
    },
    {
      name: 'write-heavy profile',
      design: design()
        .workload(writeHeavy)
        .node('web', 'client')
        .node('api', 'service')
        .node('db', 'relational-db', undefined, { label: 'Orders DB' })
        .edge('web', 'api')
        .edge('api', 'db', { access: 'read-write' })
        .build(),
      targets: ['node:db'],
      messages: ['Orders DB takes every user-facing write on one primary'],
    },
    {
      name: 'balanced, but writes past half of capacityRps',
      design: design()
        .workload({ monthlyActiveUsers: 10_000_000, readWriteRatio: 4 })
        .node('web', 'client')
        .node('db', 'relational-db', { capacityRps: 10 })
        .edge('web', 'db', { access: 'write' })
        .build(),
      targets: ['node:db'],
    },
  ],
})
