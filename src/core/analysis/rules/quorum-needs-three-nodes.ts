import { findEach, nodeTarget, readNumber, setPropsFix } from '../report'
import type { Rule } from '../types'

export const quorumNeedsThreeNodes: Rule = {
  meta: {
    id: 'quorum-needs-three-nodes',
    severity: 'warning',
    category: 'reliability',
    description: 'QUORUM reads or writes on fewer than three nodes',
    rationale:
      'A majority of two is both of them: with QUORUM on fewer than three nodes, losing any one node refuses ' +
      'every read or write that needs the quorum.',
  },
  check(view) {
    return findEach(view.nodesOfKind('wide-column'), (node) => {
      const usesQuorum = node.props.readConsistency === 'QUORUM' || node.props.writeConsistency === 'QUORUM'
      const instances = readNumber(node, 'instances', 1)
      if (!usesQuorum || instances >= 3) return undefined
      // Enough for a quorum, and never fewer nodes than copies (replication-factor-exceeds-nodes).
      const nodesNeeded = Math.max(3, readNumber(node, 'replicationFactor', 1))
      return {
        target: nodeTarget(node),
        message:
          `${node.name} uses QUORUM on ${instances} node${instances === 1 ? '' : 's'}: losing one node refuses ` +
          `quorum reads or writes`,
        fix: setPropsFix(`Run ${nodesNeeded} nodes`, node, { instances: nodesNeeded }),
      }
    })
  },
}
