import { NEAR_CAPACITY } from '../load'
import { findEach, formatPercent, formatRps, nodeTarget } from '../report'
import type { Rule } from '../types'

export const nearCapacity: Rule = {
  meta: {
    id: 'near-capacity',
    severity: 'warning',
    category: 'capacity',
    description: 'A node running above 70 % of its capacity at peak',
    rationale:
      'Latency climbs steeply as utilisation nears 100 %, and a planning estimate has error bars: keep peak ' +
      'load under about 70 % of capacity.',
  },
  check(view) {
    return findEach(view.loadedNodes, ({ node, rps, capacity, utilisation }) =>
      utilisation > NEAR_CAPACITY && utilisation <= 1
        ? {
            target: nodeTarget(node),
            message:
              `${node.name} runs at ${formatPercent(utilisation)} of its capacity at peak (${formatRps(rps)} of ` +
              `${formatRps(capacity)} requests/s)`,
          }
        : undefined,
    )
  },
}
