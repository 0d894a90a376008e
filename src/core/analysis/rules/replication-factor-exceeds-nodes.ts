import { nodeTarget, readNumber, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'

export const replicationFactorExceedsNodes: Rule = {
  meta: {
    id: 'replication-factor-exceeds-nodes',
    severity: 'error',
    category: 'reliability',
    description: 'A replication factor above the number of nodes that could hold the copies',
    rationale:
      'Cassandra and Kafka place each copy on a different node: with fewer nodes than copies, writes at the ' +
      'configured durability fail or the topic cannot be created.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      const isKafka = node.kind === 'pubsub' && node.technology === 'kafka'
      if (node.kind !== 'wide-column' && !isKafka) continue
      const factor = readNumber(node, 'replicationFactor', 1)
      const instances = readNumber(node, 'instances', 1)
      if (factor <= instances) continue
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} keeps ${factor} copies of its data on ${instances} node${instances === 1 ? '' : 's'}: ` +
          `each copy needs its own node`,
        fix: setPropsFix(`Run ${factor} nodes`, node, { instances: factor }),
      })
    }
    return findings
  },
}
