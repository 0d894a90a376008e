import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { unknownProp } from './unknown-prop'

testRule(unknownProp, {
  valid: [
    design()
      .node('a', 'service', { instances: 2, capacityRps: 10 })
      .node('db', 'relational-db', { replicas: 1 })
      .build(),
    { name: 'a prop of another technology of the same kind', design: design()
      .node('sns', 'pubsub', { acks: 'all' }, { technology: 'aws-sns' })
      .build() },
  ],
  invalid: [
    {
      design: design()
        .node('a', 'service', { instance: 2, colour: 'red' })
        .node('db', 'relational-db', { instances: 2 })
        .build(),
      targets: ['node:a', 'node:a', 'node:db'],
      messages: [
        'a has a prop "colour" that a service does not have',
        'a has a prop "instance"',
        'db has a prop "instances" that a relational db',
      ],
    },
  ],
})
