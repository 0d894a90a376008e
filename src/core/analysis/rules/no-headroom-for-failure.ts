import { computeCapacity } from '../capacity'
import { formatRps, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'

export const noHeadroomForFailure: Rule = {
  meta: {
    id: 'no-headroom-for-failure',
    severity: 'warning',
    category: 'capacity',
    description: 'A redundant node that cannot carry its peak load with one instance lost (N+1)',
    rationale:
      'Redundancy only helps if the survivors can take the load: two instances at 60 % each become one at 120 % ' +
      'when one fails. Size for peak load with one instance (or replica) fewer.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const { node, rps, utilisation } of view.loadedNodes) {
      if (!node.isRedundant || node.isManaged || utilisation > 1) continue
      const reduced = computeCapacity(node, 1)
      if (reduced === undefined || !(rps > reduced)) continue
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} gets ${formatRps(rps)} requests/s at peak, but only ${formatRps(reduced)} fit with one ` +
          `instance lost`,
      })
    }
    return findings
  },
}
