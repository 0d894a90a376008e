import { nodeTarget, readNumber, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'
import { receivesWrites } from '../view'

export const weakWriteDurability: Rule = {
  meta: {
    id: 'weak-write-durability',
    severity: 'warning',
    category: 'consistency',
    description: 'Writes acknowledged before they are replicated',
    rationale:
      'Kafka with acks other than all or fewer than two in-sync replicas, and MongoDB with writeConcern 1, ' +
      'acknowledge a write one machine holds: if it fails before replicating, the acknowledged write is gone.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (!receivesWrites(node)) continue
      if (node.kind === 'pubsub' && node.technology === 'kafka') {
        const acks = String(node.props.acks)
        const inSync = readNumber(node, 'minInSyncReplicas', 1)
        if (acks === 'all' && inSync >= 2) continue
        findings.push({
          target: nodeTarget(node),
          message:
            `${node.name} acknowledges a message before replicas have it (acks ${acks}, minInSyncReplicas ${inSync})`,
          fix: setPropsFix('Wait for two in-sync replicas', node, {
            acks: 'all',
            minInSyncReplicas: Math.max(2, inSync),
            // Two in-sync replicas need at least two copies; three keep writes going through a broker loss.
            replicationFactor: Math.max(3, readNumber(node, 'replicationFactor', 1)),
            instances: Math.max(3, readNumber(node, 'instances', 1), readNumber(node, 'replicationFactor', 1)),
          }),
        })
      } else if (node.kind === 'key-value' && node.technology === 'mongodb' && node.props.writeConcern === '1') {
        findings.push({
          target: nodeTarget(node),
          message:
            `${node.name} acknowledges a write on the primary alone (writeConcern 1): a primary failure rolls it back`,
          fix: setPropsFix('Acknowledge writes on a majority', node, { writeConcern: 'majority' }),
        })
      }
    }
    return findings
  },
}
