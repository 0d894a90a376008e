import { listNames, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import { DURABLE_KINDS, type DesignView, type ViewNode } from '../view'

/** Which nodes have a durable copy of what they write, computed once for every cache (two linear searches). */
function markDurableCover(view: DesignView): { isCovered: Uint8Array; writesDurable: Uint8Array } {
  const n = view.nodes.length
  const writesDurable = new Uint8Array(n)
  for (const edge of view.edges) {
    if (edge.writes && DURABLE_KINDS.has(edge.target.kind)) writesDurable[edge.source.index] = 1
  }
  const isCovered = new Uint8Array(n)
  // Backwards over sync write edges: nodes whose writes reach a durable writer.
  const stack: ViewNode[] = view.nodes.filter((node) => writesDurable[node.index])
  for (const node of stack) isCovered[node.index] = 1
  while (stack.length > 0) {
    const node = stack.pop() as ViewNode
    for (const edge of node.incoming) {
      if (!edge.writes || edge.edge.mode !== 'sync' || isCovered[edge.source.index]) continue
      isCovered[edge.source.index] = 1
      stack.push(edge.source)
    }
  }
  // Forwards over every edge: nodes a durable writer reaches (deliveries carry its data back to producers).
  const seen = new Uint8Array(n)
  const forward: ViewNode[] = view.nodes.filter((node) => writesDurable[node.index])
  for (const node of forward) seen[node.index] = 1
  while (forward.length > 0) {
    const node = forward.pop() as ViewNode
    isCovered[node.index] = 1
    for (const edge of node.outgoing) {
      if (seen[edge.target.index]) continue
      seen[edge.target.index] = 1
      forward.push(edge.target)
    }
  }
  return { isCovered, writesDurable }
}

export const cacheAsSystemOfRecord: Rule = {
  meta: {
    id: 'cache-as-system-of-record',
    severity: 'error',
    category: 'caching',
    description: 'A cache that holds data no durable store has',
    rationale:
      'A cache evicts, expires and restarts empty: data written only to it is lost. Write the data to a durable ' +
      'store (relational, key-value, wide-column or object storage) and keep the cache a copy.',
  },
  check(view) {
    const findings: Finding[] = []
    const caches = view.nodes.filter((n) => n.kind === 'cache')
    if (caches.length === 0) return findings
    const { isCovered, writesDurable } = markDurableCover(view)
    for (const cache of caches) {
      if (writesDurable[cache.index]) continue
      const writers: ViewNode[] = []
      for (const edge of cache.incoming) {
        const writer = edge.source
        if (edge.writes && !isCovered[writer.index] && !writers.includes(writer)) writers.push(writer)
      }
      if (writers.length === 0) continue
      findings.push({
        target: nodeTarget(cache),
        message:
          `${cache.name} is the only store ${listNames(writers.map((w) => w.name))} writes to: an eviction or ` +
          `restart loses the data`,
      })
    }
    return findings
  },
}
