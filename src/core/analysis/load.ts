import { computeCapacity } from './capacity'
import type { DesignView, ViewEdge, ViewNode } from './view'
import type { DerivedWorkload } from './workload'

/**
 * analysis.md, "Workload and load": peak reads and writes enter at the user-facing entries and flow along the
 * edges in the search's topological order. Traffic travels in two channels: "burst" (peak-second, as users
 * send it) and "smooth" (already absorbed by a broker), so a broker divides by burstFactor exactly once
 * along any path, however brokers and consumers are chained.
 *
 * Issue 8: a job sends its ratePerSecond down each of its edges (point 17); an edge's fanOut multiplies what it
 * carries (point 14); a reader behind a cache-aside cache sends only the misses down every other sync read
 * (point 15); a replication edge carries its primary's writes to the replica box (point 16).
 */

/**
 * Above this share of its capacity at peak a node is near its limit (domain.md: keep peak load under about
 * 70 %): the near-capacity rule, the heat view's warm band and the CLI's load table all draw the line here.
 */
export const NEAR_CAPACITY = 0.7

/**
 * Below this share of its capacity at peak a fixed fleet has room enough: a service at 5 % does not need telling
 * to autoscale (the missing-autoscaling rule).
 */
export const BUSY_ENOUGH_TO_SCALE = 0.25

export interface NodeLoad {
  rps: number
  readRps: number
  writeRps: number
  /** Writes as users send them (the peak-second channel), not those a broker delivers later. */
  burstWriteRps: number
  /** Total capacity, undefined for kinds without one. */
  capacity: number | undefined
  utilisation: number | undefined
}

export interface LoadResult {
  /** By node index (file order). */
  readonly nodes: readonly NodeLoad[]
}

function readRatio(node: ViewNode, key: string): number {
  const value = node.props[key]
  return typeof value === 'number' ? value : 0
}

/** The share of reads that pass a cache-aside reader: the misses of the best cache it reads. */
function findCacheAsideMiss(node: ViewNode): number | undefined {
  let best: number | undefined
  for (const edge of node.outgoing) {
    const cache = edge.target
    if (edge.edge.access !== 'read' || cache.kind !== 'cache' || cache.props.strategy !== 'cache-aside') continue
    best = Math.max(best ?? 0, readRatio(cache, 'hitRatio'))
  }
  return best === undefined ? undefined : 1 - best
}

export function computeLoad(view: DesignView, workload: DerivedWorkload): LoadResult {
  const n = view.nodes.length
  const burstReads = new Float64Array(n)
  const burstWrites = new Float64Array(n)
  const smoothReads = new Float64Array(n)
  const smoothWrites = new Float64Array(n)
  const delivered = new Float64Array(n)
  const readRps = new Float64Array(n)
  const writeRps = new Float64Array(n)
  const { order, closesCycle } = view.search
  // A job is self-driven: it hands its rate to its edges as a consumer hands on what it is delivered.
  for (const node of view.backgroundEntries) {
    if (node.roles.job) delivered[node.index] += readRatio(node, 'ratePerSecond')
  }

  const entries = view.userFacingEntries
  for (const entry of entries) {
    burstReads[entry.index] += workload.peakReadRps / entries.length
    burstWrites[entry.index] += workload.peakWriteRps / entries.length
    readRps[entry.index] += workload.peakReadRps / entries.length
    writeRps[entry.index] += workload.peakWriteRps / entries.length
  }

  const send = (edge: ViewEdge, reads: [number, number], writes: [number, number]): void => {
    const t = edge.target.index
    burstReads[t] += reads[0]
    smoothReads[t] += reads[1]
    burstWrites[t] += writes[0]
    smoothWrites[t] += writes[1]
    readRps[t] += reads[0] + reads[1]
    writeRps[t] += writes[0] + writes[1]
  }

  for (const u of order) {
    const node = view.nodes[u]
    const live = node.outgoing.filter((e) => !closesCycle[e.index])
    if (live.length === 0) continue
    if (node.isBroker) {
      const messages = burstWrites[u] / workload.burstFactor + smoothWrites[u] + delivered[u]
      const deliveries = node.outgoing.filter((e) => !e.isReplication).length
      const perEdge = node.kind === 'queue' ? messages / Math.max(1, deliveries) : messages
      for (const edge of live) {
        if (edge.isReplication) continue
        const amount = perEdge * edge.share * edge.fanOut
        delivered[edge.target.index] += amount
        if (edge.edge.access === 'read') readRps[edge.target.index] += amount
        else writeRps[edge.target.index] += amount
      }
      continue
    }
    const isRouter = node.roles.router
    const readers = isRouter ? node.outgoing.filter((e) => e.reads).length : 1
    const writers = isRouter ? node.outgoing.filter((e) => e.writes).length : 1
    const readOnly = isRouter ? node.outgoing.filter((e) => e.edge.access === 'read').length : 1
    const others = isRouter ? node.outgoing.length - readOnly : 1
    const cdnMiss = node.kind === 'cdn' ? 1 - readRatio(node, 'hitRatio') : 1
    const cacheMiss = findCacheAsideMiss(node)
    for (const edge of live) {
      if (edge.isReplication) {
        // Every write the primary takes is applied on the replica box too.
        send(edge, [0, 0], [burstWrites[u], writeRps[u] - burstWrites[u]])
        continue
      }
      const isBehindCache = cacheMiss !== undefined && edge.edge.mode === 'sync' && !edge.target.roles.cache
      const miss = cdnMiss * (isBehindCache ? cacheMiss : 1)
      const share = edge.share * edge.fanOut
      const reads: [number, number] = [0, 0]
      const writes: [number, number] = [0, 0]
      if (edge.reads) {
        reads[0] = (burstReads[u] / readers) * share * miss
        reads[1] = (smoothReads[u] / readers) * share * miss
      }
      if (edge.writes) {
        writes[0] = (burstWrites[u] / writers) * share
        writes[1] = (smoothWrites[u] / writers) * share
      }
      // A consumer passes on what it is delivered: as reads on read edges, as writes on the others.
      if (delivered[u] > 0) {
        if (edge.edge.access === 'read') reads[1] += (delivered[u] / readOnly) * share * miss
        else writes[1] += (delivered[u] / others) * share
      }
      send(edge, reads, writes)
    }
  }

  const nodes = view.nodes.map((node): NodeLoad => {
    const rps = readRps[node.index] + writeRps[node.index]
    const capacity = computeCapacity(node)
    return {
      rps,
      readRps: readRps[node.index],
      writeRps: writeRps[node.index],
      burstWriteRps: burstWrites[node.index],
      capacity,
      utilisation: capacity === undefined ? undefined : rps / capacity,
    }
  })
  return { nodes }
}
