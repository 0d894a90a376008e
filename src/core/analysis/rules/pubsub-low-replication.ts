import { nodeTarget, readNumber, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'

export const pubsubLowReplication: Rule = {
  meta: {
    id: 'pubsub-low-replication',
    severity: 'warning',
    category: 'messaging',
    description: 'A Kafka topic with fewer than three copies of each partition',
    rationale:
      'With fewer than three replicas, acks=all and two in-sync replicas cannot both hold through one broker ' +
      'loss: the topic either refuses writes or acknowledges messages a single broker holds.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'pubsub' || node.technology !== 'kafka') continue
      const factor = readNumber(node, 'replicationFactor', 1)
      if (factor >= 3) continue
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} keeps ${factor} cop${factor === 1 ? 'y' : 'ies'} of each partition: losing a broker risks ` +
          `messages or refuses writes`,
        fix: setPropsFix('Keep three copies on three brokers', node, {
          replicationFactor: 3,
          instances: Math.max(3, readNumber(node, 'instances', 1)),
        }),
      })
    }
    return findings
  },
}
