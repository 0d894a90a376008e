import { formatPercent, formatRps, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'

const NEAR = 0.7

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
    const findings: Finding[] = []
    for (const { node, rps, capacity, utilisation } of view.loadedNodes) {
      if (!(utilisation > NEAR && utilisation <= 1)) continue
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} runs at ${formatPercent(utilisation)} of its capacity at peak (${formatRps(rps)} of ` +
          `${formatRps(capacity)} requests/s)`,
      })
    }
    return findings
  },
}
