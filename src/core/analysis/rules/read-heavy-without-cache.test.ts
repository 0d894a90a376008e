import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { readHeavyWithoutCache } from './read-heavy-without-cache'

const readHeavy = { monthlyActiveUsers: 1_000_000, readWriteRatio: 100 }

const base = () =>
  design()
    .workload(readHeavy)
    .node('web', 'client')
    .node('api', 'service', undefined, { label: 'Feed API' })
    .node('db', 'relational-db', undefined, { label: 'Posts DB' })
    .edge('web', 'api')
    .edge('api', 'db', { access: 'read' })

testRule(readHeavyWithoutCache, {
  valid: [
    { name: 'no workload', design: design().node('web', 'client').node('db', 'key-value').edge('web', 'db').build() },
    {
      name: 'balanced workload',
      design: design()
        .workload({ monthlyActiveUsers: 1000, readWriteRatio: 5 })
        .node('web', 'client')
        .node('db', 'key-value')
        .edge('web', 'db', { access: 'read' })
        .build(),
    },
    { name: 'the reader reads a cache-aside cache', design: base()
      .node('c', 'cache')
      .edge('api', 'c', { access: 'read' })
      .build() },
    {
      name: 'a cdn stands before the reader',
      design: design()
        .workload(readHeavy)
        .node('web', 'client')
        .node('cdn', 'cdn')
        .node('api', 'service')
        .node('db', 'object-storage')
        .edge('web', 'cdn', { access: 'read' })
        .edge('cdn', 'api', { access: 'read' })
        .edge('api', 'db', { access: 'read' })
        .build(),
    },
    {
      name: 'a cdn in front of object storage',
      design: design()
        .workload(readHeavy)
        .node('web', 'client')
        .node('cdn', 'cdn')
        .node('s3', 'object-storage')
        .edge('web', 'cdn', { access: 'read' })
        .edge('cdn', 's3', { access: 'read' })
        .build(),
    },
    {
      name: 'reads spread over replicas',
      design: design()
        .workload(readHeavy)
        .node('web', 'client')
        .node('db', 'relational-db', { replicas: 2, replication: 'async', readFrom: 'replicas' })
        .edge('web', 'db', { access: 'read' })
        .build(),
    },
    {
      name: 'reads from background flows only',
      design: design()
        .workload(readHeavy)
        .node('q', 'queue')
        .node('worker', 'service')
        .node('db', 'wide-column')
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'db', { access: 'read' })
        .build(),
    },
  ],
  invalid: [
    { design: base().build(), targets: ['node:db'], messages: ['Posts DB answers every read from Feed API directly'] },
    {
      name: 'a write-through cache is not cache-aside',
      design: base().node('c', 'cache', { strategy: 'write-through' }).edge('api', 'c', { access: 'read' }).build(),
      targets: ['node:db'],
    },
  ],
})
