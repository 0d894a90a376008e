import { formatRps, nodeTarget, readNumber } from '../report'
import type { Finding, Rule } from '../types'

export const writeHeavySinglePrimary: Rule = {
  meta: {
    id: 'write-heavy-single-primary',
    severity: 'warning',
    category: 'capacity',
    description: 'A relational database taking heavy user-facing writes on one primary',
    rationale:
      'Replicas do not spread writes: every write lands on the one primary. With a write-heavy workload or ' +
      'writes past half its capacity, put a queue in front, partition the data, or pick a store that scales writes.',
  },
  check(view) {
    const workload = view.workload
    const load = view.load
    if (!workload || !load) return []
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'relational-db') continue
      const isSyncWritten = node.incoming.some(
        (e) => e.writes && e.edge.mode === 'sync' && view.walk.isUserFacingEdge(e),
      )
      if (!isSyncWritten) continue
      const writes = load.nodes[node.index].writeRps
      const isHeavy = workload.profile === 'write-heavy' || writes > readNumber(node, 'capacityRps', Infinity) / 2
      if (!isHeavy) continue
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} takes every user-facing write on one primary (${formatRps(writes)} writes/s at peak): put ` +
          `a queue in front or partition the writes`,
      })
    }
    return findings
  },
}
