import { BUSY_ENOUGH_TO_SCALE } from '../load'
import { formatPercent, nodeTarget, readNumber, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'

export const missingAutoscaling: Rule = {
  meta: {
    id: 'missing-autoscaling',
    severity: 'info',
    category: 'capacity',
    description: 'A busy user-facing stateless service with a fixed number of instances',
    rationale:
      'Peak traffic is a multiple of the average and launches exceed history: a fixed fleet is either idle most ' +
      'of the day or short at the peak. It fires only on stateless services whose peak utilisation is known and ' +
      'at least 25 %. Autoscaling between a minimum and a maximum follows the load.',
  },
  check(view) {
    if (!view.workload) return []
    const findings: Finding[] = []
    for (const { node, utilisation } of view.loadedNodes) {
      if (node.kind !== 'service' || node.props.stateless === false || node.props.autoscaling !== null) continue
      if (utilisation < BUSY_ENOUGH_TO_SCALE || !view.walk.isUserFacingNode(node)) continue
      const instances = readNumber(node, 'instances', 1)
      const min = Math.max(2, instances)
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} serves users with a fixed ${instances} instance${instances === 1 ? '' : 's'} at ` +
          `${formatPercent(utilisation)} of its capacity at peak: it cannot follow the peak`,
        fix: setPropsFix(`Autoscale from ${min} to ${min * 4} instances`, node, {
          autoscaling: { min, max: min * 4 },
        }),
      })
    }
    return findings
  },
}
