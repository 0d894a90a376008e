import { nodeTarget, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'

export const loadBalancerWithoutHealthChecks: Rule = {
  meta: {
    id: 'load-balancer-without-health-checks',
    severity: 'warning',
    category: 'reliability',
    description: 'A load balancer that does not probe its targets',
    rationale:
      'A balancer only routes around a dead target when it knows the target is dead: without health checks it ' +
      'keeps sending a share of requests into the failure.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'load-balancer' || node.props.healthChecks !== false) continue
      findings.push({
        target: nodeTarget(node),
        message: `${node.name} has health checks off: it keeps sending requests to dead targets`,
        fix: setPropsFix('Turn on health checks', node, { healthChecks: true }),
      })
    }
    return findings
  },
}
