import { findEach, nodeTarget } from '../report'
import type { Rule } from '../types'

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
    return findEach(view.nodes, (node) => {
      if (node.kind === 'zone' || node.incoming.length > 0 || node.outgoing.length > 0) return undefined
      if (view.deadLetterQueueIds.has(node.id)) return undefined
      return { target: nodeTarget(node), message: `${node.name} has no edges: nothing calls it and it calls nothing` }
    })
  },
}
