import { formatRps, nodeTarget, readNumber } from '../report'
import type { Finding, Rule } from '../types'
import type { ViewNode } from '../view'

/** Some of the store's writes already arrive through a queue or topic (a consumer or a job writes it). */
function hasQueueInFront(node: ViewNode): boolean {
  return node.incoming.some((e) => e.writes && (e.source.roles.job || e.source.incoming.some((d) => d.isDelivery)))
}

export const writeHeavySinglePrimary: Rule = {
  meta: {
    id: 'write-heavy-single-primary',
    severity: 'warning',
    category: 'capacity',
    description: 'A relational database taking heavy user-facing writes on one primary',
    rationale:
      'Replicas do not spread writes: every write lands on the one primary. With a write-heavy workload or ' +
      'user-facing writes past half its capacity (writes a queue delivers later do not count), put a queue in ' +
      'front, partition the data, or pick a store that scales writes.',
  },
  check(view) {
    const workload = view.workload
    const load = view.load
    if (!workload || !load) return []
    const findings: Finding[] = []
    for (const node of view.nodes) {
      // Shards are primaries of their own: the writes are partitioned already.
      if (node.kind !== 'relational-db' || readNumber(node, 'shards', 1) > 1) continue
      const isSyncWritten = node.incoming.some(
        (e) => e.writes && e.edge.mode === 'sync' && view.walk.isUserFacingEdge(e),
      )
      if (!isSyncWritten) continue
      const writes = load.nodes[node.index].burstWriteRps
      const isHeavy = workload.profile === 'write-heavy' || writes > readNumber(node, 'capacityRps', Infinity) / 2
      if (!isHeavy) continue
      const advice = hasQueueInFront(node)
        ? 'partition the writes or pick a store that scales writes'
        : 'put a queue in front or partition the writes'
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} takes every user-facing write on one primary (${formatRps(writes)} writes/s at peak): ` +
          advice,
      })
    }
    return findings
  },
}
