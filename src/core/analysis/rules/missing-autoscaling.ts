import { nodeTarget, readNumber, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'

export const missingAutoscaling: Rule = {
  meta: {
    id: 'missing-autoscaling',
    severity: 'info',
    category: 'capacity',
    description: 'A user-facing service with a fixed number of instances',
    rationale:
      'Peak traffic is a multiple of the average and launches exceed history: a fixed fleet is either idle most ' +
      'of the day or short at the peak. Autoscaling between a minimum and a maximum follows the load.',
  },
  check(view) {
    if (!view.workload) return []
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'service' || node.props.autoscaling !== null || !view.walk.isUserFacingNode(node)) continue
      const instances = readNumber(node, 'instances', 1)
      const min = Math.max(2, instances)
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} serves users with a fixed ${instances} instance${instances === 1 ? '' : 's'}: it cannot ` +
          `follow the peak`,
        fix: setPropsFix(`Autoscale from ${min} to ${min * 4} instances`, node, {
          autoscaling: { min, max: min * 4 },
        }),
      })
    }
    return findings
  },
}
