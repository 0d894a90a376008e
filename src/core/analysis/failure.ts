import type { SpofEntry } from './types'
import { canFailAlone } from './redundancy'
import type { DesignView, ViewEdge, ViewNode } from './view'

/**
 * catalogue.md, "How failure travels", as the greatest fixed point: with nothing failed every node is up (that
 * is a fixed point), and failing nodes only ever removes support, so "down" propagates from the failed nodes
 * backwards over hard dependencies and never needs to be re-evaluated from scratch. Each candidate costs what
 * its own failure cascade touches, not the whole graph: exact, and far below the naive O(n * (n + e)).
 */

const READ = 1
const WRITE = 2

export interface ZoneFailure {
  zone: ViewNode
  /** User-facing entries whose flow fails with the zone, in file order. */
  breaks: ViewNode[]
}

export interface FailureResult {
  spof: SpofEntry[]
  zones: ZoneFailure[]
}

export interface Breaks {
  /** User-facing entries whose flow fails, in file order. */
  entries: ViewNode[]
  /** Background entries whose flow fails (brokers, and jobs since format v2), in file order. */
  brokers: ViewNode[]
}

export class FailureModel {
  private readonly breaks = new Map<number, Breaks>()
  /** Entries, brokers and consumers: their own failure breaks a flow directly. */
  private readonly isActive: Uint8Array
  private readonly isRouter: Uint8Array
  private readonly isEntry: Uint8Array
  private readonly needs: Uint8Array
  private readonly readUp0: Int32Array
  private readonly writeUp0: Int32Array
  private readonly readUp: Int32Array
  private readonly writeUp: Int32Array
  private readonly revStart: Int32Array
  private readonly revSource: Int32Array
  private readonly revMask: Uint8Array
  private readonly down: Uint8Array
  private readonly downList: number[] = []
  private readonly countTouched: number[] = []

  constructor(private readonly view: DesignView) {
    const n = view.nodes.length
    this.isRouter = new Uint8Array(n)
    this.isEntry = new Uint8Array(n)
    for (const entry of view.userFacingEntries) this.isEntry[entry.index] = 1
    this.isActive = this.isEntry.slice()
    for (const node of view.nodes) if (node.isBroker || node.roles.job) this.isActive[node.index] = 1
    for (const edge of view.edges) if (edge.isDelivery) this.isActive[edge.target.index] = 1
    this.needs = new Uint8Array(n)
    this.readUp0 = new Int32Array(n)
    this.writeUp0 = new Int32Array(n)
    this.down = new Uint8Array(n)
    const revCount = new Int32Array(n + 1)
    for (const node of view.nodes) if (node.roles.router) this.isRouter[node.index] = 1
    for (const edge of view.edges) {
      if (!edge.isHard) continue
      revCount[edge.target.index + 1]++
      const s = edge.source.index
      if (edge.reads) this.readUp0[s]++
      if (edge.writes) this.writeUp0[s]++
    }
    for (let i = 0; i < n; i++) {
      revCount[i + 1] += revCount[i]
      this.needs[i] = (this.readUp0[i] > 0 ? READ : 0) | (this.writeUp0[i] > 0 ? WRITE : 0)
    }
    this.revStart = revCount
    this.revSource = new Int32Array(revCount[n])
    this.revMask = new Uint8Array(revCount[n])
    const fill = revCount.slice(0, n)
    for (const edge of view.edges) {
      if (!edge.isHard) continue
      const at = fill[edge.target.index]++
      this.revSource[at] = edge.source.index
      this.revMask[at] = (edge.reads ? READ : 0) | (edge.writes ? WRITE : 0)
    }
    this.readUp = this.readUp0.slice()
    this.writeUp = this.writeUp0.slice()
  }

  isDown(index: number): boolean {
    return this.down[index] === 1
  }

  /** Fails the given nodes and returns every node that is down as a result (the failed ones included). */
  fail(failed: readonly number[]): readonly number[] {
    const { down, downList, revStart, revSource, revMask, isRouter } = this
    for (const f of failed) {
      if (down[f]) continue
      down[f] = 1
      downList.push(f)
    }
    for (let cursor = 0; cursor < downList.length; cursor++) {
      const x = downList[cursor]
      for (let k = revStart[x]; k < revStart[x + 1]; k++) {
        const u = revSource[k]
        if (down[u]) continue
        if (isRouter[u] && !this.losesLastTarget(u, revMask[k])) continue
        down[u] = 1
        downList.push(u)
      }
    }
    return downList
  }

  /** Restores the all-up state, touching only what the last `fail` changed. */
  reset(): void {
    for (const x of this.downList) this.down[x] = 0
    this.downList.length = 0
    for (const u of this.countTouched) {
      this.readUp[u] = this.readUp0[u]
      this.writeUp[u] = this.writeUp0[u]
    }
    this.countTouched.length = 0
  }

  private losesLastTarget(router: number, mask: number): boolean {
    this.countTouched.push(router)
    let isLost = false
    if (mask & READ && --this.readUp[router] === 0 && this.needs[router] & READ) isLost = true
    if (mask & WRITE && --this.writeUp[router] === 0 && this.needs[router] & WRITE) isLost = true
    return isLost
  }

  /**
   * What failing one node breaks. A node that is no entry, broker or consumer, and whose only dependent is one
   * AND node, fails exactly what that dependent's failure fails (plus itself, which breaks nothing by itself),
   * so chains and trees of such nodes share one cascade instead of repeating it: exact, and linear on a chain.
   */
  breaksOf(index: number): Breaks {
    return shareAlongSoleDependents(index, this.breaks, (i) => this.findSoleDependent(i), (root) => {
      const downList = this.fail([root])
      const breaks = { entries: this.brokenEntries(downList), brokers: this.brokenBrokers(downList) }
      this.reset()
      return breaks
    })
  }

  /**
   * The one AND node that hard-depends on a passive node, or -1: whatever fails with `index` fails with it.
   * Public so the single-failure table shares its rows along the same chains.
   */
  findSoleDependent(index: number): number {
    if (this.isActive[index]) return -1
    const from = this.revStart[index]
    const to = this.revStart[index + 1]
    if (to === from) return -1
    const parent = this.revSource[from]
    for (let k = from + 1; k < to; k++) if (this.revSource[k] !== parent) return -1
    return parent === index || this.isRouter[parent] ? -1 : parent
  }

  /** User-facing entries that are down, in file order; costs the cascade, not the entry count. */
  brokenEntries(downList: readonly number[]): ViewNode[] {
    const broken: ViewNode[] = []
    for (const x of downList) if (this.isEntry[x]) broken.push(this.view.nodes[x])
    return broken.sort((a, b) => a.index - b.index)
  }

  /**
   * Background entries whose flow fails: a job that is down (itself or what it hard-depends on); a broker that
   * is down, or (queue) no consumer is up, or (pubsub) some subscriber is down. Only brokers next to a down
   * node can change, so only those are checked.
   */
  brokenBrokers(downList: readonly number[]): ViewNode[] {
    const seen = new Set<number>()
    const broken: ViewNode[] = []
    const isLost = (delivery: ViewEdge): boolean => this.down[delivery.target.index] === 1
    const check = (broker: ViewNode): void => {
      if (seen.has(broker.index)) return
      seen.add(broker.index)
      if (isBackgroundFlowBroken(broker, this.down[broker.index] === 1, isLost)) broken.push(broker)
    }
    for (const x of downList) {
      const node = this.view.nodes[x]
      if (node.isBroker || node.roles.job) check(node)
      for (const edge of node.incoming) if (edge.isDelivery) check(edge.source)
    }
    return broken.sort((a, b) => a.index - b.index)
  }
}

/**
 * Whether a background flow fails (a broker's, or a job's), given whether its source is down and which
 * deliveries are lost (consumer down, or the link cut): a queue's competing consumers cover for each other, a topic's subscribers do not.
 */
/**
 * The value of `index` when it equals that of the node `next` leads to (its sole AND dependent), walked until a
 * known value or a node with no such dependent (-1) or a cycle; `compute` runs once at that end, and every node
 * on the way shares its result in `cache`. Linear on a chain instead of one cascade a node.
 */
export function shareAlongSoleDependents<T>(
  index: number,
  cache: Map<number, T>,
  next: (index: number) => number,
  compute: (root: number) => T,
): T {
  const path: number[] = []
  const onPath = new Set<number>()
  let current = index
  let known = cache.get(current)
  while (known === undefined) {
    const parent = next(current)
    if (parent < 0 || onPath.has(parent)) break
    path.push(current)
    onPath.add(current)
    current = parent
    known = cache.get(current)
  }
  if (known === undefined) {
    known = compute(current)
    cache.set(current, known)
  }
  for (const x of path) cache.set(x, known)
  return known
}

export function isBackgroundFlowBroken(
  broker: ViewNode,
  isDown: boolean,
  isLost: (delivery: ViewEdge) => boolean,
): boolean {
  if (broker.outgoing.length === 0) return false
  if (isDown) return true
  // A job drives its own flow: what it calls failing is a hard dependency, which the cascade already judged.
  if (broker.roles.job) return false
  return broker.kind === 'queue' ? broker.outgoing.every(isLost) : broker.outgoing.some(isLost)
}

export function computeFailure(view: DesignView): FailureResult {
  const model = new FailureModel(view)
  const spof: SpofEntry[] = []
  for (const node of view.nodes) {
    if (!canFailAlone(node.kind) || node.isRedundant) continue
    const { entries, brokers } = model.breaksOf(node.index)
    if (entries.length > 0) spof.push({ node: node.id, scope: 'user-facing', breaks: entries.map((e) => e.id) })
    else if (brokers.length > 0) spof.push({ node: node.id, scope: 'background', breaks: brokers.map((b) => b.id) })
  }
  return { spof, zones: computeZoneFailures(view, model) }
}

/** By zone id, the indexes of the machines a zone's failure takes down (nested zones' included), file order. */
export function listZoneMembers(view: DesignView): Map<string, number[]> {
  const members = new Map<string, number[]>()
  for (const node of view.nodes) if (node.kind === 'zone') members.set(node.id, [])
  for (const node of view.nodes) {
    if (!canFailAlone(node.kind) || node.node.parent === undefined) continue
    for (const zoneId of view.parentChain(node.id)) members.get(zoneId)?.push(node.index)
  }
  return members
}

function computeZoneFailures(view: DesignView, model: FailureModel): ZoneFailure[] {
  const zones = view.nodes.filter((n) => n.kind === 'zone')
  if (zones.length === 0) return []
  const members = listZoneMembers(view)
  const result: ZoneFailure[] = []
  for (const zone of zones) {
    const inside = members.get(zone.id) ?? []
    if (inside.length === 0) continue
    const breaks = model.brokenEntries(model.fail(inside))
    model.reset()
    if (breaks.length > 0) result.push({ zone, breaks })
  }
  return result
}
