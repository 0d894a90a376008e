import type { Design } from '../design/types'
import { getCardTitle } from './card'

/**
 * What a what-if scenario (issue 12) marks on the picture, decided once for the canvas and the export: each
 * node's state (up, down, degraded, stalled) and whether it is one of the failures chosen, each edge's state
 * (down when it is cut or an end is down) and the scenario's name for the legend. The picture never evaluates
 * the scenario: core/analysis' evaluateScenario does, and its result satisfies PictureScenario.
 */

export type NodeState = 'up' | 'down' | 'degraded' | 'stalled'

/** The part of a Scenario (core/analysis/scenario.ts) the picture shows. */
export interface PictureScenario {
  fails: readonly { type: 'node' | 'zone' | 'edge'; id: string }[]
  /** Every node, zones and clients included. */
  states: Readonly<Record<string, NodeState>>
}

export interface StateMark {
  state: NodeState
  /** One of the failures chosen (struck through), not merely down because of one. */
  failed: boolean
}

export interface EdgeStateMark {
  /** Down: the link is cut, or the caller or the callee is down, so nothing flows along it. */
  state: 'up' | 'down'
  failed: boolean
}

/** The word and the lucide icon of each state: never colour alone. */
export const STATE_LABELS: Readonly<Record<NodeState | 'failed', string>> = {
  up: 'Up',
  down: 'Down',
  degraded: 'Degraded',
  stalled: 'Stalled',
  failed: 'Failed',
}
export const STATE_ICONS: Readonly<Record<NodeState | 'failed', string>> = {
  up: 'circle-check',
  down: 'power-off',
  degraded: 'circle-alert',
  stalled: 'hourglass',
  failed: 'zap-off',
}

/** One frozen object per state and flag, so an unchanged mark keeps its identity from one scenario to the next. */
const markPair = (state: NodeState): readonly [StateMark, StateMark] => [Object.freeze({ state, failed: false }), Object.freeze({ state, failed: true })]
const NODE_MARKS: Readonly<Record<NodeState, readonly [StateMark, StateMark]>> = {
  up: markPair('up'),
  down: markPair('down'),
  degraded: markPair('degraded'),
  stalled: markPair('stalled'),
}
const EDGE_MARKS = {
  up: Object.freeze({ state: 'up', failed: false }) as EdgeStateMark,
  down: Object.freeze({ state: 'down', failed: false }) as EdgeStateMark,
  cut: Object.freeze({ state: 'down', failed: true }) as EdgeStateMark,
}

export function getStateMark(state: NodeState, failed: boolean): StateMark {
  return NODE_MARKS[state][failed ? 1 : 0]
}

/** The word a chip shows: "Failed" for a chosen failure, else its state. */
export function describeStateMark(mark: StateMark): { text: string; icon: string } {
  const key = mark.failed ? 'failed' : mark.state
  return { text: STATE_LABELS[key], icon: STATE_ICONS[key] }
}

export interface ScenarioMarks {
  nodes: ReadonlyMap<string, StateMark>
  edges: ReadonlyMap<string, EdgeStateMark>
}

export function collectStateMarks(design: Pick<Design, 'nodes' | 'edges'>, scenario: PictureScenario): ScenarioMarks {
  const failedNodes = new Set<string>()
  const cut = new Set<string>()
  for (const fail of scenario.fails) (fail.type === 'edge' ? cut : failedNodes).add(fail.id)
  const nodes = new Map<string, StateMark>()
  for (const node of design.nodes) nodes.set(node.id, getStateMark(scenario.states[node.id] ?? 'up', failedNodes.has(node.id)))
  const edges = new Map<string, EdgeStateMark>()
  for (const edge of design.edges) {
    const isEndDown = scenario.states[edge.source] === 'down' || scenario.states[edge.target] === 'down'
    edges.set(edge.id, cut.has(edge.id) ? EDGE_MARKS.cut : isEndDown ? EDGE_MARKS.down : EDGE_MARKS.up)
  }
  return { nodes, edges }
}

/**
 * The scenario in a line for the legend and the canvas: "What if: Timeline service, zone us-east-1a fail".
 * Names are labels (untrusted text: renderers escape them); a cut link reads "the link Web → API".
 */
export function describeScenario(design: Pick<Design, 'nodes' | 'edges'>, fails: PictureScenario['fails']): string {
  if (fails.length === 0) return 'What if: nothing has failed yet'
  const byId = new Map(design.nodes.map((n) => [n.id, n]))
  const nameOf = (id: string): string => {
    const node = byId.get(id)
    return node ? getCardTitle(node) : id
  }
  const names = fails.map((fail) => {
    if (fail.type === 'zone') return `zone ${nameOf(fail.id)}`
    if (fail.type === 'node') return nameOf(fail.id)
    const edge = design.edges.find((e) => e.id === fail.id)
    return edge ? `the link ${nameOf(edge.source)} → ${nameOf(edge.target)}` : `the link ${fail.id}`
  })
  return `What if: ${names.join(', ')} ${fails.length === 1 ? 'fails' : 'fail'}`
}
