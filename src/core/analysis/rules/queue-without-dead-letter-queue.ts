import { createDeadLetterQueueFix, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import type { DesignView } from '../view'

export function collectDeadLetterQueueIds(view: DesignView): Set<string> {
  const ids = new Set<string>()
  for (const node of view.nodes) {
    const dlq = node.props.deadLetterQueue
    if (typeof dlq === 'string') ids.add(dlq)
  }
  return ids
}

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
    const findings: Finding[] = []
    const deadLetterQueues = collectDeadLetterQueueIds(view)
    for (const node of view.nodes) {
      if (node.kind !== 'queue' || typeof node.props.deadLetterQueue === 'string' || deadLetterQueues.has(node.id)) {
        continue
      }
      findings.push({
        target: nodeTarget(node),
        message: `${node.name} has no dead-letter queue: a message that keeps failing is retried until it expires`,
        fix: createDeadLetterQueueFix(view, node),
      })
    }
    return findings
  },
}
