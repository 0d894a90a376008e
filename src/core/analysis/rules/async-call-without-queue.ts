import { edgeTarget, findEach } from '../report'
import type { Rule } from '../types'

export const asyncCallWithoutQueue: Rule = {
  meta: {
    id: 'async-call-without-queue',
    severity: 'warning',
    category: 'reliability',
    description: 'An asynchronous call from a service or function straight into a service, with no queue between',
    rationale:
      'A fire-and-forget call has nowhere to wait: when the target is down, restarting or overloaded, the work ' +
      'is lost and nobody retries it. Put a queue or topic between them so the message waits until the target ' +
      'can take it, or make the call synchronous and handle its failure.',
  },
  check(view) {
    return findEach(view.edges, (edge) => {
      const isFromCode = edge.source.kind === 'service' || edge.source.kind === 'function'
      if (!isFromCode || edge.edge.mode !== 'async' || edge.target.kind !== 'service') return undefined
      return {
        target: edgeTarget(edge),
        message:
          `${edge.source.name} calls ${edge.target.name} asynchronously with no queue between: the work is lost ` +
          `when ${edge.target.name} is down`,
      }
    })
  },
}
