import type { DegradeSpread } from './degrade'
import type { FailureTarget } from './failureTable'
import type { DesignView, ViewEdge, ViewNode } from './view'

/**
 * The sentences a person reads about a what-if scenario: who fails, and the failure that causes it, traced
 * back along the dependencies that carried it. Names are labels (else ids) and are untrusted text: callers
 * render them as text, never as markup.
 */

export interface ScenarioWorld {
  /** The design as drawn. */
  view: DesignView
  /** The view evaluated: `view` with each cut link retargeted to a down copy of its target (indexes >= n). */
  work: DesignView
  isDown(index: number): boolean
  /** Position of each node in the order failure reached it; -1 when up. */
  position: Int32Array
  /** Why each failed node is down: itself, or its zone. */
  seedOf: ReadonlyMap<number, FailureTarget>
  /** The cut link each down copy stands for. */
  cutOf: ReadonlyMap<number, ViewEdge>
  spread: DegradeSpread
}

/** Nodes passed in are the drawn view's; every walk runs on `work`, where cut links lead to their down copies. */
interface Trace {
  nodes: ViewNode[]
  edges: ViewEdge[]
}

/**
 * From a down node to the failure that took it down: each step follows a hard dependency to a node failure
 * reached earlier, so the walk ends at a failed node or a cut link and never loops.
 */
function traceDown(world: ScenarioWorld, start: ViewNode): Trace {
  const trace: Trace = { nodes: [start], edges: [] }
  let current = start
  while (!world.seedOf.has(current.index) && !world.cutOf.has(current.index)) {
    const at = world.position[current.index]
    let next: ViewEdge | undefined
    for (const edge of current.outgoing) {
      const p = world.position[edge.target.index]
      if (edge.isHard && p >= 0 && p < at && (!next || p < world.position[next.target.index])) next = edge
    }
    if (!next) break
    trace.edges.push(next)
    trace.nodes.push(next.target)
    current = next.target
  }
  return trace
}

function describeRouterLoss(world: ScenarioWorld, router: ViewNode): string {
  const hard = router.outgoing.filter((e) => e.isHard)
  const isAllDown = (edges: readonly ViewEdge[]) => edges.length > 0 && edges.every((e) => world.isDown(e.target.index))
  const lostReads = isAllDown(hard.filter((e) => e.reads))
  const lostWrites = isAllDown(hard.filter((e) => e.writes))
  const which = lostReads && !lostWrites ? 'read ' : lostWrites && !lostReads ? 'write ' : ''
  return `${router.name} has no ${which}target left`
}

/** "Tweets DB is down (Timeline service needs it)", "the link from A to B is cut", "db is down with zone-a". */
function describeCause(world: ScenarioWorld, trace: Trace, subject?: ViewNode): string {
  const seed = trace.nodes[trace.nodes.length - 1]
  const cut = world.cutOf.get(seed.index)
  if (cut) return `the link from ${cut.source.name} to ${cut.target.name} is cut`
  const failedAs = world.seedOf.get(seed.index)
  const zone = failedAs?.type === 'zone' ? world.view.node(failedAs.id) : undefined
  const base = `${seed.name} is down${zone ? ` with ${zone.name}` : ''}`
  const previous = trace.nodes[trace.nodes.length - 2]
  if (!previous || previous === subject) return base
  const needs = previous.roles.router ? describeRouterLoss(world, previous) : `${previous.name} needs it`
  return `${base} (${needs})`
}

function firstLabel(edges: readonly ViewEdge[]): string | undefined {
  for (const edge of edges) {
    const label = edge.edge.label?.trim()
    if (label) return label
  }
  return undefined
}

export function describeBreak(world: ScenarioWorld, entry: ViewNode): string {
  const trace = traceDown(world, world.work.nodes[entry.index])
  if (trace.nodes.length === 1) return describeCause(world, trace)
  const label = firstLabel(trace.edges)
  const what = label ? `cannot complete "${label}"` : 'cannot be served'
  return `${entry.name} ${what}: ${describeCause(world, trace, entry)}`
}

export function describeDegrade(world: ScenarioWorld, entry: ViewNode): string {
  let current = world.work.nodes[entry.index]
  let via = world.spread.viaOf(current.index)
  for (let steps = 0; via && via.isHard && steps < world.work.nodes.length; steps++) {
    current = via.target
    via = world.spread.viaOf(current.index)
  }
  if (!via) return `${entry.name} still works, without an optional dependency`
  const lost = world.cutOf.get(via.target.index)?.target ?? via.target
  return `${entry.name} still works without ${lost.name}: ${describeCause(world, traceDown(world, via.target))}`
}

export function describeStall(world: ScenarioWorld, drawn: ViewNode): string {
  const broker = world.work.nodes[drawn.index]
  if (world.isDown(broker.index)) {
    return `Background work from ${broker.name} stops: ${describeCause(world, traceDown(world, broker))}`
  }
  const delivery = broker.outgoing.find((e) => world.isDown(e.target.index))
  const cause = delivery ? describeCause(world, traceDown(world, delivery.target)) : 'no consumer is up'
  return `Background work from ${broker.name} waits: ${cause}`
}
