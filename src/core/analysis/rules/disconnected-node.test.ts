import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { disconnectedNode } from './disconnected-node'

testRule(disconnectedNode, {
  valid: [
    design().zone('z').node('a', 'service', undefined, { parent: 'z' }).node('b', 'service').edge('a', 'b').build(),
    { name: 'a dead-letter queue', design: design()
      .node('q', 'queue', { deadLetterQueue: 'dlq' })
      .node('w', 'service')
      .node('dlq', 'queue')
      .edge('q', 'w')
      .build() },
    { name: 'a self-loop is an edge', design: design().node('a', 'service').edge('a', 'a').build() },
  ],
  invalid: [
    {
      design: design().node('a', 'service', undefined, { label: 'Old API' }).node('q', 'queue').build(),
      targets: ['node:a', 'node:q'],
      messages: ['Old API has no edges'],
    },
  ],
})
