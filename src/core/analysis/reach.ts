import type { DesignView, ViewNode } from './view'

/**
 * Issue 8, point 6: the share of one entry's requests that pass through each node, split the way the load model
 * splits traffic (an edge's `share`; a router divides reads over its read targets and writes over its write
 * targets), over the edges of the user-facing walk. Hit ratios are left out on purpose: a request a cache or cdn
 * answers still depends on the same path when the node behind it fails. Needs no workload.
 */

export interface PassShares {
  readonly reads: Float64Array
  readonly writes: Float64Array
}

export function computePassShares(view: DesignView, entry: ViewNode): PassShares {
  const n = view.nodes.length
  const reads = new Float64Array(n)
  const writes = new Float64Array(n)
  reads[entry.index] = 1
  writes[entry.index] = 1
  const { order, closesCycle } = view.search
  const walk = view.walk
  for (const u of order) {
    const node = view.nodes[u]
    if ((reads[u] === 0 && writes[u] === 0) || !node.roles.passThrough) continue
    const live = node.outgoing.filter((e) => walk.isUserFacingEdge(e) && !closesCycle[e.index])
    const readers = node.roles.router ? live.filter((e) => e.reads).length : 1
    const writers = node.roles.router ? live.filter((e) => e.writes).length : 1
    for (const edge of live) {
      const t = edge.target.index
      if (edge.reads) reads[t] += (reads[u] / readers) * edge.share
      if (edge.writes) writes[t] += (writes[u] / writers) * edge.share
    }
  }
  // Two paths into one node can add past the whole: a request passes a node once at most.
  for (let i = 0; i < n; i++) {
    reads[i] = Math.min(1, reads[i])
    writes[i] = Math.min(1, writes[i])
  }
  return { reads, writes }
}

/**
 * The share of the entry's requests through the node: reads and writes weighted by the workload's ratio, or,
 * without a workload, the larger of the two (a node most writes pass is not minor because reads avoid it).
 */
export function combinePassShare(shares: PassShares, index: number, readWriteRatio: number | undefined): number {
  const r = shares.reads[index]
  const w = shares.writes[index]
  if (readWriteRatio === undefined) return Math.max(r, w)
  return (r * readWriteRatio + w) / (readWriteRatio + 1)
}
