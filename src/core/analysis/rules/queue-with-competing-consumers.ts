import { findEach, listNames, nodeTarget } from '../report'
import type { Rule } from '../types'
import type { ViewNode } from '../view'

export const queueWithCompetingConsumers: Rule = {
  meta: {
    id: 'queue-with-competing-consumers',
    severity: 'info',
    category: 'messaging',
    description: 'A queue delivering to several services, each message reaching only one of them',
    rationale:
      'Consumers of one queue compete: each message goes to one of them. That scales one kind of work; if every ' +
      'consumer should see every message (fan-out), use a pub/sub topic, or a queue per consumer.',
  },
  check(view) {
    return findEach(view.nodesOfKind('queue'), (node) => {
      const consumers: ViewNode[] = []
      for (const edge of node.outgoing) {
        const target = edge.target
        const isWorker = target.kind === 'service' || target.kind === 'function'
        if (isWorker && !consumers.includes(target)) consumers.push(target)
      }
      if (consumers.length < 2) return undefined
      return {
        target: nodeTarget(node),
        message:
          `${node.name} gives each message to only one of ${listNames(consumers.map((c) => c.name))}: for fan-out ` +
          `to all of them, use pub/sub`,
      }
    })
  },
}
