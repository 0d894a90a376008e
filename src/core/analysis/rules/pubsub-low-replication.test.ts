import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { pubsubLowReplication } from './pubsub-low-replication'

testRule(pubsubLowReplication, {
  valid: [design().node('k', 'pubsub').node('sns', 'pubsub', undefined, { technology: 'aws-sns' }).build()],
  invalid: [
    {
      design: design()
        .node('k1', 'pubsub', { replicationFactor: 1, instances: 1 }, { technology: 'kafka' })
        .node('k2', 'pubsub', { replicationFactor: 2 })
        .build(),
      targets: ['node:k1', 'node:k2'],
      messages: ['k1 keeps 1 copy of each partition', 'k2 keeps 2 copies'],
    },
  ],
})
