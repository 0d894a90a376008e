import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { zoneSinglePointOfFailure } from './zone-single-point-of-failure'

const db = { replicas: 1, replication: 'sync', failover: 'automatic' }

testRule(zoneSinglePointOfFailure, {
  valid: [
    { name: 'no zones', design: design().node('web', 'client').node('api', 'service').edge('web', 'api').build() },
    {
      name: 'each tier spans two zones',
      design: design()
        .zone('a')
        .zone('b')
        .node('web', 'client')
        .node('lb', 'load-balancer', undefined, { technology: 'aws-elb' })
        .node('api-a', 'service', undefined, { parent: 'a' })
        .node('api-b', 'service', undefined, { parent: 'b' })
        .node('db', 'relational-db', db)
        .edge('web', 'lb')
        .edge('lb', 'api-a')
        .edge('lb', 'api-b')
        .edge('api-a', 'db')
        .edge('api-b', 'db')
        .build(),
    },
    {
      name: 'a client inside a zone never fails with it',
      design: design()
        .zone('office')
        .node('web', 'client', undefined, { parent: 'office' })
        .node('api', 'service', { instances: 2 })
        .edge('web', 'api')
        .build(),
    },
  ],
  invalid: [
    {
      name: 'all in one zone, nested in a region',
      design: design()
        .zone('region', { technology: 'region', label: 'EU region' })
        .zone('az', { parent: 'region' })
        .zone('empty')
        .node('web', 'client', undefined, { label: 'Web' })
        .node('api', 'service', { instances: 3 }, { parent: 'az' })
        .node('db', 'relational-db', db, { parent: 'az' })
        .edge('web', 'api')
        .edge('api', 'db')
        .build(),
      targets: ['node:az', 'node:region'],
      messages: ['Losing az stops every request from Web', 'Losing EU region stops every request from Web'],
    },
  ],
})
