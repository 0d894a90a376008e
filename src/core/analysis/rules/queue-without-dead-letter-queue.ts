import { createDeadLetterQueueFix, findEach, nodeTarget } from '../report'
import type { Rule } from '../types'

export const queueWithoutDeadLetterQueue: Rule = {
  meta: {
    id: 'queue-without-dead-letter-queue',
    severity: 'warning',
    category: 'messaging',
    description: 'A queue with nowhere to put messages that keep failing',
    rationale:
      'A poison message is received, fails and returns forever, or is dropped when retention ends. A dead-letter ' +
      'queue keeps it aside after maxReceives attempts for someone to inspect.',
  },
  check(view) {
    return findEach(view.nodesOfKind('queue'), (node) => {
      // A queue that is itself some queue's dead-letter queue is where failures end: it needs none of its own.
      if (typeof node.props.deadLetterQueue === 'string' || view.deadLetterQueueIds.has(node.id)) return undefined
      return {
        target: nodeTarget(node),
        message: `${node.name} has no dead-letter queue: a message that keeps failing is retried until it expires`,
        fix: createDeadLetterQueueFix(view, node),
      }
    })
  },
}
