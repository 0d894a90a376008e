import type { Design, DesignEdge, DesignNode } from '../design/types'
import { collectLostSoftEdges, DegradeSpread } from './degrade'
import { FailureModel, listZoneMembers } from './failure'
import { rateSeverity, type FailureSeverity, type FailureTarget } from './failureTable'
import { describeBreak, describeDegrade, describeStall, type ScenarioWorld } from './scenarioWords'
import type { CapLabel } from './types'
import { createView, type DesignView, type ViewEdge, type ViewNode } from './view'

/**
 * What-if (issue 12): a chosen set of failures at once (nodes, zones, cut links), evaluated with the failure
 * model the single-point-of-failure rule uses. A cut link is evaluated as a link to a copy of its target that
 * is down: the source sees exactly what it would see if that target were gone, over that link only, and every
 * kind-specific rule (routers routing around, optional edges, brokers) applies unchanged.
 */

export type NodeState = 'up' | 'down' | 'degraded' | 'stalled'

export interface ScenarioEffect {
  effect: 'breaks' | 'degrades' | 'stalls'
  /** The entry (breaks, degrades) or broker (stalls) concerned. */
  node: string
  /** What a person reads: "Web cannot complete "GET /timeline": Timeline service is down". */
  message: string
}

export interface StoreBehaviour {
  node: string
  label: CapLabel
  /** What the store does when cut off from part of the system: its CAP sentence. */
  sentence: string
  mayLoseWrites: boolean
}

export interface Scenario {
  /** The failures evaluated, as resolved (a node id that names a zone is a zone), duplicates dropped. */
  fails: FailureTarget[]
  /** Every node (zones and clients included): down = failed or can no longer serve. */
  states: Record<string, NodeState>
  breaks: string[]
  degrades: string[]
  stalls: string[]
  severity: FailureSeverity
  /** One sentence per broken entry, then per degraded entry, then per stalled broker. */
  effects: ScenarioEffect[]
  /** Every store still serving (a node with a CAP row that is up), in file order, with what it does. */
  stores: StoreBehaviour[]
}

/** Reads ids as the user typed them: node, zone or edge ids; the ones that name nothing come back in `unknown`. */
export function resolveFailures(
  view: DesignView,
  ids: readonly string[],
): { fails: FailureTarget[]; unknown: string[] } {
  const fails: FailureTarget[] = []
  const unknown: string[] = []
  for (const id of ids) {
    const node = view.node(id)
    if (node) fails.push({ type: node.kind === 'zone' ? 'zone' : 'node', id })
    else if (view.edge(id)) fails.push({ type: 'edge', id })
    else unknown.push(id)
  }
  return { fails, unknown }
}

/** The design with each cut link pointing at a copy of its target (same kind, technology, props; no zone). */
function retargetCutEdges(design: Design, cut: readonly ViewEdge[]): { design: Design; phantoms: ViewEdge[] } {
  const nodes: DesignNode[] = [...design.nodes]
  const edges: DesignEdge[] = [...design.edges]
  for (const edge of cut) {
    const { parent: _parent, ...copy } = edge.target.node
    const id = `\u0000cut\u0000${edge.id}`
    nodes.push({ ...copy, id })
    // Same kind, so the link stays as optional (format.md's default is by target kind) and as hard as drawn.
    edges[edge.index] = { ...edge.edge, target: id }
  }
  return { design: { ...design, nodes, edges }, phantoms: [...cut] }
}

interface Failures {
  fails: FailureTarget[]
  /** Failed node indexes, each with the failure that took it (itself, or its zone). */
  seedOf: Map<number, FailureTarget>
  zoneDown: Uint8Array
  cut: ViewEdge[]
}

/** Resolves the requested failures; ones naming nothing are skipped (resolveFailures reports them). */
function collectFailures(view: DesignView, requested: readonly FailureTarget[]): Failures {
  const out: Failures = { fails: [], seedOf: new Map(), zoneDown: new Uint8Array(view.nodes.length), cut: [] }
  const seen = new Set<string>()
  const members = listZoneMembers(view)
  for (const target of requested) {
    const node = target.type === 'edge' ? undefined : view.node(target.id)
    const edge = target.type === 'edge' ? view.edge(target.id) : undefined
    const type = edge ? 'edge' : node?.kind === 'zone' ? 'zone' : 'node'
    if ((!node && !edge) || seen.has(`${type}:${target.id}`)) continue
    seen.add(`${type}:${target.id}`)
    const fail: FailureTarget = { type, id: target.id }
    out.fails.push(fail)
    if (edge) out.cut.push(edge)
    else if (node && type === 'node') out.seedOf.set(node.index, fail)
    else if (node) {
      out.zoneDown[node.index] = 1
      for (const m of members.get(node.id) ?? []) if (!out.seedOf.has(m)) out.seedOf.set(m, fail)
    }
  }
  // A zone inside a failed zone is down with it.
  for (const zone of view.nodes) {
    if (zone.kind !== 'zone') continue
    if (view.parentChain(zone.id).some((id) => out.zoneDown[(view.node(id) as ViewNode).index])) {
      out.zoneDown[zone.index] = 1
    }
  }
  return out
}

export function evaluateScenario(view: DesignView, requested: readonly FailureTarget[]): Scenario {
  const n = view.nodes.length
  const { fails, seedOf, zoneDown, cut } = collectFailures(view, requested)
  const retargeted = cut.length > 0 ? retargetCutEdges(view.design, cut) : undefined
  const work = retargeted ? createView(retargeted.design) : view
  const cutOf = new Map<number, ViewEdge>()
  retargeted?.phantoms.forEach((edge, k) => cutOf.set(n + k, edge))
  const model = new FailureModel(work)
  const downList = model.fail([...seedOf.keys(), ...cutOf.keys()])
  const isDown = (i: number): boolean => model.isDown(i)
  const position = new Int32Array(work.nodes.length).fill(-1)
  downList.forEach((x, at) => (position[x] = at))
  const spread = new DegradeSpread(work)
  spread.spread(collectLostSoftEdges(work, downList, isDown), isDown)
  const stalledBrokers = model.brokenBrokers(downList).filter((b) => b.index < n)

  const world: ScenarioWorld = { view, work, isDown, position, seedOf, cutOf, spread }
  const breaks = view.userFacingEntries.filter((e) => isDown(e.index)).sort((a, b) => a.index - b.index)
  const degrades = view.userFacingEntries.filter((e) => spread.isDegraded(e.index)).sort((a, b) => a.index - b.index)
  const effects: ScenarioEffect[] = [
    ...breaks.map((e) => ({ effect: 'breaks' as const, node: e.id, message: describeBreak(world, e) })),
    ...degrades.map((e) => ({ effect: 'degrades' as const, node: e.id, message: describeDegrade(world, e) })),
    ...stalledBrokers.map((b) => ({ effect: 'stalls' as const, node: b.id, message: describeStall(world, b) })),
  ]

  const isStalled = new Uint8Array(n)
  for (const b of stalledBrokers) isStalled[b.index] = 1
  const states = Object.create(null) as Record<string, NodeState>
  for (const node of view.nodes) {
    const i = node.index
    states[node.id] =
      node.kind === 'zone'
        ? zoneDown[i] ? 'down' : 'up'
        : isDown(i) ? 'down' : isStalled[i] ? 'stalled' : spread.isDegraded(i) ? 'degraded' : 'up'
  }

  const stores: StoreBehaviour[] = []
  const caps = view.cap.nodes
  for (const node of view.nodes) {
    const cap = caps[node.id]
    if (!cap || isDown(node.index)) continue
    stores.push({ node: node.id, label: cap.label, sentence: cap.underPartition, mayLoseWrites: cap.mayLoseWrites })
  }

  const result = {
    breaks: breaks.map((e) => e.id),
    degrades: degrades.map((e) => e.id),
    stalls: stalledBrokers.map((b) => b.id),
  }
  return { fails, states, ...result, severity: rateSeverity(result), effects, stores }
}
