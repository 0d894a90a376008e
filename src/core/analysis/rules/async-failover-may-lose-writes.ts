import { nodeTarget, readNumber } from '../report'
import type { Finding, Rule } from '../types'
import { receivesWrites } from '../view'

export const asyncFailoverMayLoseWrites: Rule = {
  meta: {
    id: 'async-failover-may-lose-writes',
    severity: 'warning',
    category: 'consistency',
    description: 'A store with asynchronous replicas that receives writes and may lose some on failover',
    rationale:
      'Asynchronous replication acknowledges a write before the standby has it: a failover promotes a copy ' +
      "that lacks the replication lag's worth of acknowledged writes. Accept it knowingly, or replicate synchronously.",
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      const isAsyncDb =
        node.kind === 'relational-db' && node.props.replication === 'async' && readNumber(node, 'replicas', 0) >= 1
      // Redis replicates asynchronously whether it is a cache or, since format v2, a key-value store.
      const isReplicatedRedis =
        (node.kind === 'cache' || node.kind === 'key-value') &&
        node.technology === 'redis' &&
        readNumber(node, 'instances', 1) >= 2
      if ((!isAsyncDb && !isReplicatedRedis) || !receivesWrites(node)) continue
      findings.push({
        target: nodeTarget(node),
        message: isAsyncDb
          ? `${node.name} replicates asynchronously: a failover can drop acknowledged writes the standby lacks`
          : `${node.name} replicates to its copies asynchronously: a failover can drop acknowledged writes`,
      })
    }
    return findings
  },
}
