import { listNames, nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import type { DesignView, ViewNode } from '../view'

/**
 * Issue 8, point 4: which nodes' writes have a durable copy, computed once for every cache (two linear
 * searches). A node is covered when its sync writes reach a node that writes a durable store, or when it holds
 * durable data: it reads a durable store, or durable data flows to it (a write carries data to its target, a
 * read back to its reader, a delivery to the consumer), as a cache-aside reader or a change-data-capture job.
 */
function markDurableCover(view: DesignView): { isCovered: Uint8Array; writesDurable: Uint8Array } {
  const n = view.nodes.length
  const writesDurable = new Uint8Array(n)
  for (const edge of view.edges) {
    if (edge.writes && edge.target.roles.durableStore) writesDurable[edge.source.index] = 1
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
  // Along the data flow from durable stores and their writers: nodes that hold a copy of durable data.
  const holds = new Uint8Array(n)
  const flow: ViewNode[] = view.nodes.filter((node) => node.roles.durableStore || writesDurable[node.index])
  for (const node of flow) holds[node.index] = 1
  const reach = (node: ViewNode): void => {
    if (holds[node.index]) return
    holds[node.index] = 1
    flow.push(node)
  }
  while (flow.length > 0) {
    const node = flow.pop() as ViewNode
    isCovered[node.index] = 1
    // What a cache holds is the question, never the answer: reading a cache proves no durable copy.
    if (node.roles.cache) continue
    for (const edge of node.outgoing) if (edge.writes || edge.isDelivery || edge.isReplication) reach(edge.target)
    for (const edge of node.incoming) if (edge.reads && !edge.isDelivery) reach(edge.source)
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
      'A cache evicts, expires and restarts empty: data written only to it is lost. It fires only when the data ' +
      'exists in no durable store: the cache\'s writers neither read nor write one, and no durable store feeds it ' +
      'through a background flow. Write the data to a durable store (relational, key-value, wide-column or ' +
      'object storage) and keep the cache a copy.',
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
