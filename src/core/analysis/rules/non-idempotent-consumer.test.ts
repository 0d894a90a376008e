import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { nonIdempotentConsumer } from './non-idempotent-consumer'

const deliver = { mode: 'async' as const, access: 'read' as const }

testRule(nonIdempotentConsumer, {
  valid: [
    {
      name: 'idempotent consumer',
      design: design().node('q', 'queue').node('w', 'service', { idempotent: true }).node('db', 'relational-db')
        .edge('q', 'w', deliver).edge('w', 'db', { access: 'write' }).build(),
    },
    {
      name: 'a FIFO queue processes exactly once',
      design: design().node('q', 'queue', { fifo: true }).node('w', 'service').node('db', 'relational-db')
        .edge('q', 'w', deliver).edge('w', 'db', { access: 'write' }).build(),
    },
    {
      name: 'a consumer that only reads or calls services',
      design: design().node('q', 'queue').node('w', 'service').node('db', 'relational-db').node('mail', 'service')
        .edge('q', 'w', deliver).edge('w', 'db', { access: 'read' }).edge('w', 'mail', { access: 'write' }).build(),
    },
  ],
  invalid: [
    {
      design: design()
        .node('q', 'queue', undefined, { label: 'Orders queue' })
        .node('t', 'pubsub', undefined, { technology: 'aws-sns' })
        .node('w', 'service', undefined, { label: 'Payment worker' })
        .node('f', 'function')
        .node('db', 'relational-db', undefined, { label: 'Orders DB' })
        .node('c', 'cache')
        .edge('q', 'w', deliver)
        .edge('w', 'db', { access: 'write' })
        .edge('t', 'f', deliver)
        .edge('f', 'c', { access: 'read-write' })
        .build(),
      targets: ['node:f', 'node:w'],
      messages: ['', 'Payment worker gets messages at least once from Orders queue and writes Orders DB'],
    },
  ],
})
