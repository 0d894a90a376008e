import { listNames, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import { DURABLE_KINDS, type ViewNode } from '../view'

export const dualWrite: Rule = {
  meta: {
    id: 'dual-write',
    severity: 'info',
    category: 'consistency',
    description: 'A service that writes a store and publishes a message as two separate steps',
    rationale:
      'A crash between the database write and the publish leaves them disagreeing: the row without the event, ' +
      'or the event without the row. A transactional outbox or change data capture makes it one step.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'service' && node.kind !== 'function') continue
      const stores: ViewNode[] = []
      const brokers: ViewNode[] = []
      for (const edge of node.outgoing) {
        if (!edge.writes) continue
        const target = edge.target
        if (edge.edge.mode === 'sync' && DURABLE_KINDS.has(target.kind) && !stores.includes(target)) stores.push(target)
        if (target.isBroker && !brokers.includes(target)) brokers.push(target)
      }
      if (stores.length === 0 || brokers.length === 0) continue
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} writes ${listNames(stores.map((n) => n.name))} and publishes to ` +
          `${listNames(brokers.map((n) => n.name))} separately: a crash between the two leaves them disagreeing ` +
          `(an outbox or change data capture fixes it)`,
      })
    }
    return findings
  },
}
