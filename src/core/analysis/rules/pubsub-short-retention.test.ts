import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { pubsubShortRetention } from './pubsub-short-retention'

testRule(pubsubShortRetention, {
  valid: [
    design().node('k', 'pubsub').node('day', 'pubsub', { retentionHours: 24 }).build(),
    { name: 'SNS has no retention', design: design()
      .node('sns', 'pubsub', { retentionHours: 1 }, { technology: 'aws-sns' })
      .build() },
  ],
  invalid: [
    { design: design()
      .node('k', 'pubsub', { retentionHours: 12 })
      .build(), targets: ['node:k'], messages: ['k keeps messages for 12 h'] },
  ],
})
