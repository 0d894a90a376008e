import { listNames, nodeTarget, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'
import type { ViewNode } from '../view'

export const statefulServiceWithoutStickySessions: Rule = {
  meta: {
    id: 'stateful-service-without-sticky-sessions',
    severity: 'warning',
    category: 'reliability',
    description: 'A load balancer spreading a stateful service without sticky sessions',
    rationale:
      'A service that keeps sessions in memory loses them when the next request lands on another instance. ' +
      'Keep a client on one instance (sticky sessions or ip-hash), or move the session to a shared store.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'load-balancer' || node.props.stickySessions === true || node.props.algorithm === 'ip-hash') {
        continue
      }
      const stateful: ViewNode[] = []
      for (const edge of node.outgoing) {
        const target = edge.target
        if (target.kind === 'service' && target.props.stateless === false && !stateful.includes(target)) {
          stateful.push(target)
        }
      }
      if (stateful.length === 0) continue
      const names = listNames(stateful.map((n) => n.name))
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} spreads requests over ${names} without sticky sessions, but ${names} keeps sessions in ` +
          `memory: a session is lost when the next request lands elsewhere`,
        fix: setPropsFix('Turn on sticky sessions', node, { stickySessions: true }),
      })
    }
    return findings
  },
}
