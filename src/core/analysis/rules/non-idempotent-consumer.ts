import type { Kind } from '../../design/types'
import { listNames, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import { DURABLE_KINDS, type ViewNode } from '../view'

const STATE_KINDS: ReadonlySet<Kind> = new Set<Kind>([...DURABLE_KINDS, 'search', 'cache'])

/** SQS standard, SNS and Kafka deliver a message at least once: sometimes twice. */
function isAtLeastOnce(broker: ViewNode): boolean {
  return broker.kind === 'pubsub' || (broker.kind === 'queue' && broker.props.fifo !== true)
}

export const nonIdempotentConsumer: Rule = {
  meta: {
    id: 'non-idempotent-consumer',
    severity: 'info',
    category: 'messaging',
    description: 'A consumer of at-least-once delivery that writes state and is not idempotent',
    rationale:
      'At-least-once brokers redeliver after a timeout or a crash: a consumer that is not idempotent applies the ' +
      'same message twice (two payments, two emails). Deduplicate by message id or make the write idempotent.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if ((node.kind !== 'service' && node.kind !== 'function') || node.props.idempotent !== false) continue
      const brokers = node.incoming.filter((e) => e.isDelivery && isAtLeastOnce(e.source)).map((e) => e.source)
      if (brokers.length === 0) continue
      const stores = node.outgoing.filter((e) => e.writes && STATE_KINDS.has(e.target.kind)).map((e) => e.target)
      if (stores.length === 0) continue
      const unique = (list: ViewNode[]): string[] => [...new Set(list)].map((n) => n.name)
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} gets messages at least once from ${listNames(unique(brokers))} and writes ` +
          `${listNames(unique(stores))} without being idempotent: a redelivered message is applied twice`,
      })
    }
    return findings
  },
}
