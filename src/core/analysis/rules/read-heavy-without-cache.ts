import { nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import { DURABLE_KINDS, type ViewNode } from '../view'

function readsCacheAside(reader: ViewNode): boolean {
  return reader.outgoing.some(
    (e) => e.edge.access === 'read' && e.target.kind === 'cache' && e.target.props.strategy === 'cache-aside',
  )
}

export const readHeavyWithoutCache: Rule = {
  meta: {
    id: 'read-heavy-without-cache',
    severity: 'warning',
    category: 'capacity',
    description: 'A read-heavy workload whose hot reads hit a durable store directly',
    rationale:
      'With ten reads or more per write, the read path sets the cost: a cache-aside cache, a CDN or read ' +
      'replicas take the hot reads off the primary store.',
  },
  check(view) {
    if (view.workload?.profile !== 'read-heavy') return []
    const { followedEdges, behindCdn } = view.walk
    const readersByStore = new Map<ViewNode, ViewNode[]>()
    for (const edge of followedEdges) {
      const store = edge.target
      const reader = edge.source
      if (!edge.reads || !DURABLE_KINDS.has(store.kind)) continue
      if (store.kind === 'relational-db' && store.props.readFrom === 'replicas') continue
      // A cdn reading its origin sends only its misses: it stands before its own reads too.
      if (readsCacheAside(reader) || behindCdn[reader.index] || reader.kind === 'cdn') continue
      const readers = readersByStore.get(store) ?? []
      if (!readers.includes(reader)) readers.push(reader)
      readersByStore.set(store, readers)
    }
    const findings: Finding[] = []
    for (const node of view.nodes) {
      const readers = readersByStore.get(node)
      if (!readers) continue
      findings.push({
        target: nodeTarget(node),
        message:
          `${node.name} answers every read from ${readers.map((r) => r.name).join(', ')} directly in a read-heavy ` +
          `workload: add a cache-aside cache or read replicas`,
      })
    }
    return findings
  },
}
