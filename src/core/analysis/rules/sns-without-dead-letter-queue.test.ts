import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { snsWithoutDeadLetterQueue } from './sns-without-dead-letter-queue'

testRule(snsWithoutDeadLetterQueue, {
  valid: [
    design().node('t', 'pubsub', { deadLetterQueue: 'dlq' }, { technology: 'aws-sns' }).node('dlq', 'queue').build(),
    { name: 'kafka keeps messages itself', design: design().node('k', 'pubsub').build() },
  ],
  invalid: [
    {
      design: design().node('t', 'pubsub', undefined, { technology: 'aws-sns', label: 'Alerts' }).build(),
      targets: ['node:t'],
      messages: ['Alerts has no dead-letter queue'],
    },
  ],
})
