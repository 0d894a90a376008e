import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { queueWithCompetingConsumers } from './queue-with-competing-consumers'

const deliver = { mode: 'async' as const, access: 'read' as const }

testRule(queueWithCompetingConsumers, {
  valid: [
    design().node('q', 'queue').node('w', 'service').edge('q', 'w', deliver).edge('q', 'w', deliver).build(),
    {
      name: 'a pubsub gives every subscriber every message',
      design: design()
        .node('t', 'pubsub')
        .node('a', 'service')
        .node('b', 'service')
        .edge('t', 'a', deliver)
        .edge('t', 'b', deliver)
        .build(),
    },
    {
      name: 'a queue feeding a queue and a service',
      design: design()
        .node('q', 'queue')
        .node('q2', 'queue')
        .node('w', 'service')
        .edge('q', 'q2', deliver)
        .edge('q', 'w', deliver)
        .build(),
    },
  ],
  invalid: [
    {
      design: design()
        .node('q', 'queue', undefined, { label: 'Jobs' })
        .node('a', 'service', undefined, { label: 'Mailer' })
        .node('b', 'function', undefined, { label: 'Indexer' })
        .edge('q', 'a', deliver)
        .edge('q', 'b', deliver)
        .build(),
      targets: ['node:q'],
      messages: ['Jobs gives each message to only one of Mailer and Indexer'],
    },
  ],
})
