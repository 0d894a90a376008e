import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { replicationFactorExceedsNodes } from './replication-factor-exceeds-nodes'

testRule(replicationFactorExceedsNodes, {
  valid: [
    design().node('c', 'wide-column').node('k', 'pubsub').build(),
    design().node('sns', 'pubsub', { instances: 1 }, { technology: 'aws-sns' }).build(),
    design().node('c', 'wide-column', { instances: 5, replicationFactor: 5 }).build(),
  ],
  invalid: [
    {
      design: design()
        .node('c', 'wide-column', { instances: 2 })
        .node('k', 'pubsub', { instances: 1, replicationFactor: 3 }, { technology: 'kafka' })
        .build(),
      targets: ['node:c', 'node:k'],
      messages: ['c keeps 3 copies of its data on 2 nodes', 'k keeps 3 copies of its data on 1 node:'],
    },
  ],
})
