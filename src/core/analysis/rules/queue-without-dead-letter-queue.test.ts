import { describe, expect, it } from 'vitest'
import { design } from '../../testing/designBuilder'
import { runRule, testRule } from '../../testing/ruleTester'
import { queueWithoutDeadLetterQueue } from './queue-without-dead-letter-queue'

testRule(queueWithoutDeadLetterQueue, {
  valid: [
    {
      name: 'a queue with a dead-letter queue, and the dead-letter queue itself',
      design: design().node('q', 'queue', { deadLetterQueue: 'dlq' }).node('dlq', 'queue').build(),
    },
    {
      name: 'a queue an SNS topic names as its dead-letter queue',
      design: design()
        .node('t', 'pubsub', { deadLetterQueue: 'dlq' }, { technology: 'aws-sns' })
        .node('dlq', 'queue')
        .build(),
    },
  ],
  invalid: [
    { design: design()
      .node('q', 'queue', undefined, { label: 'Orders queue' })
      .build(), targets: ['node:q'], messages: ['Orders queue has no dead-letter queue'] },
    {
      name: 'the added queue takes a free id',
      design: design().node('q', 'queue').node('q-dlq', 'service').build(),
      targets: ['node:q'],
    },
  ],
})

describe('queue-without-dead-letter-queue fix', () => {
  it('adds a queue below, in the same zone, FIFO for a FIFO queue, with a free id', () => {
    const input = design()
      .zone('z')
      .node('q', 'queue', { fifo: true }, { parent: 'z' })
      .node('q-dlq', 'service')
      .build()
    const [finding] = runRule(queueWithoutDeadLetterQueue, input)
    const [add, set] = finding.fix?.patch ?? []
    expect(add).toMatchObject({
      op: 'add-node',
      node: {
        id: 'q-dlq-2',
        kind: 'queue',
        parent: 'z',
        props: { fifo: true },
        position: { x: input.nodes[1].position.x },
      },
    })
    expect(add.op === 'add-node' && add.node.position.y).toBeGreaterThan(input.nodes[1].position.y)
    expect(set).toEqual({ op: 'set-prop', node: 'q', key: 'deadLetterQueue', value: 'q-dlq-2' })
  })
})
