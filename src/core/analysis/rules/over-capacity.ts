import { findEach, formatPercent, formatRps, nodeTarget } from '../report'
import type { Rule } from '../types'

export const overCapacity: Rule = {
  meta: {
    id: 'over-capacity',
    severity: 'error',
    category: 'capacity',
    description: 'A node whose peak load exceeds its capacity',
    rationale:
      'Past 100 % of capacity, queues grow without bound and latency with them: requests time out and retries ' +
      'make it worse. Add instances, raise the autoscaling maximum, or take load off the node.',
  },
  check(view) {
    return findEach(view.loadedNodes, ({ node, rps, capacity, utilisation }) =>
      utilisation > 1
        ? {
            target: nodeTarget(node),
            message:
              `${node.name} gets ${formatRps(rps)} requests/s at peak against a capacity of ${formatRps(capacity)} ` +
              `(${formatPercent(utilisation)})`,
          }
        : undefined,
    )
  },
}
