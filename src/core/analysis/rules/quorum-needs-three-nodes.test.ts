import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { quorumNeedsThreeNodes } from './quorum-needs-three-nodes'

testRule(quorumNeedsThreeNodes, {
  valid: [
    design().node('c', 'wide-column', { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' }).build(),
    design().node('c', 'wide-column', { instances: 1, replicationFactor: 1 }).build(),
  ],
  invalid: [
    {
      design: design()
        .node('a', 'wide-column', { instances: 2, replicationFactor: 2, writeConsistency: 'QUORUM' })
        .node('b', 'wide-column', { instances: 1, replicationFactor: 1, readConsistency: 'QUORUM' })
        .build(),
      targets: ['node:a', 'node:b'],
      messages: ['a uses QUORUM on 2 nodes', 'b uses QUORUM on 1 node:'],
    },
  ],
})
