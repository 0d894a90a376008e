import { createDeadLetterQueueFix, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'

export const snsWithoutDeadLetterQueue: Rule = {
  meta: {
    id: 'sns-without-dead-letter-queue',
    severity: 'warning',
    category: 'messaging',
    description: 'An SNS topic that drops undeliverable messages',
    rationale:
      'SNS retries a failed delivery and then drops the message. A dead-letter queue keeps it for replay.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'pubsub' || node.technology !== 'aws-sns') continue
      if (typeof node.props.deadLetterQueue === 'string') continue
      findings.push({
        target: nodeTarget(node),
        message: `${node.name} has no dead-letter queue: a message that cannot be delivered is dropped after retries`,
        fix: createDeadLetterQueueFix(view, node),
      })
    }
    return findings
  },
}
