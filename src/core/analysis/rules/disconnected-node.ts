import { nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import { collectDeadLetterQueueIds } from './queue-without-dead-letter-queue'

export const disconnectedNode: Rule = {
  meta: {
    id: 'disconnected-node',
    severity: 'warning',
    category: 'hygiene',
    description: 'A node with no edges',
    rationale:
      'A component nothing calls and that calls nothing is either unfinished or left over: the analysis cannot ' +
      'say anything about it. Dead-letter queues are exempt: the queue that names them is their connection.',
  },
  check(view) {
    const deadLetterQueues = collectDeadLetterQueueIds(view)
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind === 'zone' || node.incoming.length > 0 || node.outgoing.length > 0) continue
      if (deadLetterQueues.has(node.id)) continue
      findings.push({
        target: nodeTarget(node),
        message: `${node.name} has no edges: nothing calls it and it calls nothing`,
      })
    }
    return findings
  },
}
