import { listNames, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import type { ViewNode } from '../view'

/** What else the node changes besides its first durable store, said the way the message needs it. */
function describeSecondStep(brokers: readonly ViewNode[], services: readonly ViewNode[]): string {
  const parts: string[] = []
  if (brokers.length > 0) parts.push(`publishes to ${listNames(brokers.map((n) => n.name))}`)
  if (services.length > 0) parts.push(`calls ${listNames(services.map((n) => n.name))} asynchronously`)
  return parts.join(' and ')
}

export const dualWrite: Rule = {
  meta: {
    id: 'dual-write',
    severity: 'info',
    category: 'consistency',
    description: 'A service that changes two systems as separate steps: a store and a message, or two stores',
    rationale:
      'A crash between two writes leaves them disagreeing: the row without the event, the file without its ' +
      'row, or the row without the call that should follow it. A transactional outbox or change data capture ' +
      'makes the second step follow the first; writes to two stores need one of them to be the record.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'service' && node.kind !== 'function') continue
      const stores: ViewNode[] = []
      const brokers: ViewNode[] = []
      const services: ViewNode[] = []
      for (const edge of node.outgoing) {
        if (!edge.writes) continue
        const target = edge.target
        const isSync = edge.edge.mode === 'sync'
        if (isSync && target.roles.durableStore && !stores.includes(target)) stores.push(target)
        if (target.isBroker && !brokers.includes(target)) brokers.push(target)
        // An async call straight into a service is a second step that can be lost (issue 8, point 11).
        if (!isSync && target.kind === 'service' && !services.includes(target)) services.push(target)
      }
      if (stores.length === 0) continue
      const storeNames = listNames(stores.map((n) => n.name))
      if (brokers.length > 0 || services.length > 0) {
        findings.push({
          target: nodeTarget(node),
          message:
            `${node.name} writes ${storeNames} and ${describeSecondStep(brokers, services)} separately: ` +
            'a crash between the two leaves them disagreeing (an outbox or change data capture fixes it)',
        })
      } else if (stores.length >= 2) {
        findings.push({
          target: nodeTarget(node),
          message:
            `${node.name} writes ${storeNames} in one flow as separate steps: a crash between them leaves one ` +
            'without the other (write one as the record and derive the other from it)',
        })
      }
    }
    return findings
  },
}
