import { formatPercent, formatRps, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'

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
    const findings: Finding[] = []
    for (const { node, rps, capacity, utilisation } of view.loadedNodes) {
      if (!(utilisation > 1)) continue
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} gets ${formatRps(rps)} requests/s at peak against a capacity of ${formatRps(capacity)} ` +
          `(${formatPercent(utilisation)})`,
      })
    }
    return findings
  },
}
