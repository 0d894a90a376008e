import { collectLostSoftEdges, DegradeSpread, isSoftDependency } from './degrade'
import { FailureModel, isBackgroundFlowBroken, listZoneMembers, shareAlongSoleDependents } from './failure'
import type { DesignView, ViewEdge, ViewNode } from './view'

/**
 * The single-failure table (issue 12): every node, every zone and every edge failed alone, sorted by impact.
 * A failed node is the whole component down (all its instances, as an outage or a bad deploy would); `spof`
 * says whether losing ONE of its machines already does that, exactly as the single-point-of-failure rule says.
 *
 * Built for speed the way the SPOF search is: a node whose only dependent is one AND node shares that node's
 * row (plus what its own soft dependents lose), and a cut link is reduced to what it is equivalent to (a hard
 * link: its source down; a router's link: nothing unless it is the last route; a soft link: its source
 * degraded; a delivery: the broker's background work). evaluateScenario is the reference each row agrees with.
 */

export type FailureType = 'node' | 'zone' | 'edge'
export interface FailureTarget {
  type: FailureType
  id: string
}
export type FailureSeverity = 'error' | 'warning' | 'none'

export interface FailureRow {
  fail: FailureTarget
  /** User-facing entries whose flow fails, in file order. */
  breaks: string[]
  /** User-facing entries that still work without an optional dependency, in file order. */
  degrades: string[]
  /** Brokers whose background work waits, in file order. */
  stalls: string[]
  severity: FailureSeverity
  /** Losing one machine of the node (or the zone) alone already breaks a flow: the lint's finding. */
  spof: boolean
}

interface Effect {
  breaks: string[]
  degrades: string[]
  stalls: string[]
}

const NO_EFFECT: Effect = Object.freeze({ breaks: [], degrades: [], stalls: [] }) as Effect
const SEVERITY_RANK: Readonly<Record<FailureSeverity, number>> = { error: 2, warning: 1, none: 0 }
const TYPE_RANK: Readonly<Record<FailureType, number>> = { node: 0, zone: 1, edge: 2 }

export function rateSeverity(effect: Pick<Effect, 'breaks' | 'degrades' | 'stalls'>): FailureSeverity {
  if (effect.breaks.length > 0) return 'error'
  return effect.stalls.length > 0 || effect.degrades.length > 0 ? 'warning' : 'none'
}

const ids = (nodes: readonly ViewNode[]): string[] => nodes.map((n) => n.id)

class TableBuilder {
  private readonly model: FailureModel
  private readonly spread: DegradeSpread
  private readonly isEntry: Uint8Array
  private readonly hasSoftIncoming: Uint8Array
  private readonly nodeEffects = new Map<number, Effect>()
  private readonly softCones = new Map<number, string[]>()

  constructor(private readonly view: DesignView) {
    this.model = new FailureModel(view)
    this.spread = new DegradeSpread(view)
    this.isEntry = new Uint8Array(view.nodes.length)
    for (const entry of view.userFacingEntries) this.isEntry[entry.index] = 1
    this.hasSoftIncoming = new Uint8Array(view.nodes.length)
    for (const edge of view.edges) if (isSoftDependency(edge)) this.hasSoftIncoming[edge.target.index] = 1
  }

  /** What the model's current down state breaks, stalls and degrades; the caller resets the model. */
  private describeDown(downList: readonly number[]): Effect {
    const isDown = (i: number): boolean => this.model.isDown(i)
    const lost = collectLostSoftEdges(this.view, downList, isDown)
    const degrades = lost.length === 0 ? [] : this.degradedEntries(this.spread.spread(lost, isDown))
    this.spread.reset()
    return {
      breaks: ids(this.model.brokenEntries(downList)),
      degrades,
      stalls: ids(this.model.brokenBrokers(downList)),
    }
  }

  private degradedEntries(marked: readonly number[]): string[] {
    return marked
      .filter((i) => this.isEntry[i])
      .sort((a, b) => a - b)
      .map((i) => this.view.nodes[i].id)
  }

  /**
   * Failing a node whose only dependent is one AND node fails exactly that node's cascade plus itself; when no
   * soft edge points at it, its own loss degrades nothing more, so the two share one row.
   */
  nodeEffect(index: number): Effect {
    const next = (i: number) => (this.hasSoftIncoming[i] ? -1 : this.model.findSoleDependent(i))
    return shareAlongSoleDependents(index, this.nodeEffects, next, (root) => {
      const effect = this.describeDown(this.model.fail([root]))
      this.model.reset()
      return effect
    })
  }

  zoneEffect(members: readonly number[]): Effect {
    if (members.length === 0) return NO_EFFECT
    const effect = this.describeDown(this.model.fail(members))
    this.model.reset()
    return effect
  }

  edgeEffect(edge: ViewEdge): Effect {
    const source = edge.source
    if (edge.isHard) {
      if (source.roles.router && !this.isLastRoute(edge)) return NO_EFFECT
      return this.nodeEffect(source.index)
    }
    if (edge.isDelivery) {
      const isStalled = isBackgroundFlowBroken(source, false, (delivery) => delivery === edge)
      return isStalled ? { ...NO_EFFECT, stalls: [source.id] } : NO_EFFECT
    }
    if (!isSoftDependency(edge)) return NO_EFFECT
    let cone = this.softCones.get(source.index)
    if (cone === undefined) {
      cone = this.degradedEntries(this.spread.spread([edge], () => false))
      this.spread.reset()
      this.softCones.set(source.index, cone)
    }
    return cone.length === 0 ? NO_EFFECT : { ...NO_EFFECT, degrades: cone }
  }

  /** A router fails over a cut link unless it was its only hard link for reads, or for writes. */
  private isLastRoute(edge: ViewEdge): boolean {
    let reads = 0
    let writes = 0
    for (const other of edge.source.outgoing) {
      if (!other.isHard) continue
      if (other.reads) reads++
      if (other.writes) writes++
    }
    return (edge.reads && reads === 1) || (edge.writes && writes === 1)
  }
}

function compareRows(a: FailureRow, b: FailureRow): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    b.breaks.length - a.breaks.length ||
    b.stalls.length - a.stalls.length ||
    b.degrades.length - a.degrades.length ||
    Number(b.spof) - Number(a.spof) ||
    TYPE_RANK[a.fail.type] - TYPE_RANK[b.fail.type]
  )
}

/**
 * Rows for every node (clients excepted: a client is where the users are, not a part of the system that can
 * go down), every zone and every edge, most harmful first; ties keep the file's order.
 */
export function computeFailureTable(view: DesignView): FailureRow[] {
  const builder = new TableBuilder(view)
  const spofNodes = new Set(view.failure.spof.map((s) => s.node))
  const spofZones = new Set(view.failure.zones.map((z) => z.zone.id))
  const members = listZoneMembers(view)
  const rows: FailureRow[] = []
  const push = (fail: FailureTarget, effect: Effect, spof: boolean): void => {
    // Rows share memoised effects: each gets its own arrays so a caller may sort or edit one safely.
    const { breaks, degrades, stalls } = effect
    const severity = rateSeverity(effect)
    rows.push({ fail, breaks: [...breaks], degrades: [...degrades], stalls: [...stalls], severity, spof })
  }
  for (const node of view.nodes) {
    if (node.kind === 'client') continue
    if (node.kind === 'zone') {
      push({ type: 'zone', id: node.id }, builder.zoneEffect(members.get(node.id) ?? []), spofZones.has(node.id))
    } else push({ type: 'node', id: node.id }, builder.nodeEffect(node.index), spofNodes.has(node.id))
  }
  for (const edge of view.edges) push({ type: 'edge', id: edge.id }, builder.edgeEffect(edge), false)
  // Array.prototype.sort is stable: equal rows keep the file's order (nodes and zones, then edges).
  return rows.sort(compareRows)
}
