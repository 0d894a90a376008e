import { NEAR_CAPACITY } from '../analysis/load'
import { pickWorse } from '../design/severity'
import type { Design, Severity } from '../design/types'
import { describeStateMark, type StateMark } from './scenario'
import { estimateTextWidth } from './text'

/**
 * What the analysis marks on the picture, decided once for the canvas and the export: per card the CAP pill,
 * the finding badge (count and worst severity), the single-point-of-failure ring and tag, and in the heat view
 * the utilisation band and percentage; per edge the worst finding. Suppressed findings are accepted risks: they
 * are counted nowhere and draw nothing, so a suppressed single point of failure loses its ring in both places.
 */

/** The part of the analysis the picture shows; `Analysis` from core/analysis satisfies it. */
export interface PictureAnalysis {
  cap: {
    design: { write: string | null; read: string | null }
    nodes: Readonly<Record<string, { label: string; mayLoseWrites?: boolean }>>
  }
  workload?: { profile: string; peakRps: number }
  load?: Readonly<Record<string, { utilisation: number }>>
  spof?: readonly { node: string; scope: 'user-facing' | 'background' }[]
  diagnostics: readonly {
    ruleId: string
    severity: Severity
    target: { type: 'node' | 'edge'; id: string } | { type: 'design' }
    suppressed?: unknown
  }[]
}

export type Heat = 'cool' | 'warm' | 'hot' | 'none'

export interface CardMarks {
  cap?: { label: string; mayLoseWrites: boolean }
  badge?: { count: number; worst: Severity }
  /** An unsuppressed single-point-of-failure finding: coloured by its severity; scope when the analysis says. */
  spof?: { severity: Severity; scope?: 'user-facing' | 'background' }
  /** Only in the heat view: the band, and the utilisation when the node has a capacity. */
  heat?: { band: Heat; text?: string }
  /** Only in the what-if mode: the node's state in the scenario (core/picture/scenario.ts). */
  state?: StateMark
}

export interface PictureMarks {
  nodes: ReadonlyMap<string, CardMarks>
  /** Edge id -> its worst unsuppressed finding. */
  edges: ReadonlyMap<string, Severity>
}

export const SPOF_RULES: ReadonlySet<string> = new Set(['single-point-of-failure', 'zone-single-point-of-failure'])
const NO_MARKS: CardMarks = Object.freeze({})

/** The heat view's bands: under 70 % cool, 70-100 % warm, over 100 % hot; no capacity, no colour. */
export function classifyHeat(utilisation: number | undefined): Heat {
  if (utilisation === undefined) return 'none'
  if (utilisation > 1) return 'hot'
  if (utilisation > NEAR_CAPACITY) return 'warm'
  return 'cool'
}

// Made on first use: building a NumberFormat loads ICU data, a cost the CLI's commands that draw no heat skip.
let grouped: Intl.NumberFormat | undefined
const GROUPED = {
  format: (value: number): string => (grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })).format(value),
}

/** A utilisation as the heat pill shows it: two significant figures, "< 0.1 %" below that, "0 %" for none. */
export function formatHeatPercent(ratio: number): string {
  const percent = ratio * 100
  if (!Number.isFinite(percent)) return '∞ %'
  if (percent === 0) return '0 %'
  if (percent < 0.1) return '< 0.1 %'
  return `${GROUPED.format(Number(percent.toPrecision(2)))} %`
}

export function collectMarks(
  design: Pick<Design, 'nodes'>,
  analysis: PictureAnalysis | undefined,
  isHeatOn = false,
  states?: ReadonlyMap<string, StateMark>,
): PictureMarks {
  const edges = new Map<string, Severity>()
  const tallies = new Map<string, { count: number; worst?: Severity; spof?: Severity }>()
  for (const d of analysis?.diagnostics ?? []) {
    if (d.suppressed || d.target.type === 'design') continue
    if (d.target.type === 'edge') {
      edges.set(d.target.id, pickWorse(edges.get(d.target.id), d.severity))
      continue
    }
    const tally = tallies.get(d.target.id) ?? { count: 0 }
    tally.count++
    tally.worst = pickWorse(tally.worst, d.severity)
    if (SPOF_RULES.has(d.ruleId)) tally.spof = pickWorse(tally.spof, d.severity)
    tallies.set(d.target.id, tally)
  }
  const scopes = new Map((analysis?.spof ?? []).map((entry) => [entry.node, entry.scope]))
  const nodes = new Map<string, CardMarks>()
  for (const node of design.nodes) {
    const tally = tallies.get(node.id)
    const cap = node.kind === 'zone' ? undefined : analysis?.cap.nodes[node.id]
    const load = analysis?.load?.[node.id]
    const marks: CardMarks = {}
    if (cap) marks.cap = { label: cap.label, mayLoseWrites: cap.mayLoseWrites === true }
    if (tally?.worst) marks.badge = { count: tally.count, worst: tally.worst }
    if (tally?.spof) {
      const scope = scopes.get(node.id)
      marks.spof = scope ? { severity: tally.spof, scope } : { severity: tally.spof }
    }
    if (isHeatOn && node.kind !== 'zone') {
      marks.heat = load ? { band: classifyHeat(load.utilisation), text: formatHeatPercent(load.utilisation) } : { band: 'none' }
    }
    const state = states?.get(node.id)
    if (state) marks.state = state
    nodes.set(node.id, Object.keys(marks).length > 0 ? marks : NO_MARKS)
  }
  return { nodes, edges }
}

export type ChipKind = 'spof' | 'heat' | 'cap' | 'badge' | 'state'

/** One mark, placed: x and y (its top) from the card's top-left corner; 18 px high, centred on a border. */
export interface Chip {
  kind: ChipKind
  text: string
  x: number
  y: number
  width: number
}

export const CHIP = { height: 18, fontSize: 10.5, padding: 7, gap: 4, inset: { left: 10, right: 8 }, iconSize: 11, capDot: 7 } as const

function measureChip(kind: ChipKind, text: string, marks: CardMarks): number {
  const pad = 2 * CHIP.padding
  if (kind === 'cap') return Math.ceil(text.length * CHIP.fontSize * 0.62 + pad + (marks.cap?.mayLoseWrites ? CHIP.capDot : 0))
  const textWidth = estimateTextWidth(text, CHIP.fontSize, true)
  if (kind === 'badge') return Math.ceil(CHIP.iconSize + 3 + textWidth + pad)
  // An up node shows its icon alone (a card that merely works needs no word); the others the icon and the word.
  if (kind === 'state') return text ? Math.ceil(CHIP.iconSize + 3 + textWidth + pad) : CHIP.height
  return Math.ceil(textWidth + pad)
}

/**
 * The marks laid out so none covers another: on the top border the SPOF tag at the left (clear of the top
 * connection dot), CAP and the finding badge packed from the right; the heat view's percentage on the bottom
 * border at the right, so turning the heat view on never pushes the findings around; the what-if state on the
 * bottom border at the left, clear of the heat percentage. When a narrow card cannot
 * hold both ends, the right group moves right past the card's edge rather than onto the tag.
 */
export function layoutChips(width: number, height: number, marks: CardMarks): Chip[] {
  const top = -CHIP.height / 2
  const right: Chip[] = []
  const add = (kind: ChipKind, text: string) => right.push({ kind, text, x: 0, y: top, width: measureChip(kind, text, marks) })
  if (marks.cap) add('cap', marks.cap.label)
  if (marks.badge) add('badge', marks.badge.count > 99 ? '99+' : String(marks.badge.count))
  const chips: Chip[] = []
  let leftEnd = CHIP.inset.left - CHIP.gap
  if (marks.spof) {
    const spof: Chip = { kind: 'spof', text: 'SPOF', x: CHIP.inset.left, y: top, width: measureChip('spof', 'SPOF', marks) }
    chips.push(spof)
    leftEnd = spof.x + spof.width
  }
  const total = right.reduce((sum, chip) => sum + chip.width, 0) + CHIP.gap * Math.max(right.length - 1, 0)
  let x = Math.max(width - CHIP.inset.right - total, leftEnd + CHIP.gap)
  for (const chip of right) {
    chip.x = x
    x += chip.width + CHIP.gap
    chips.push(chip)
  }
  if (marks.heat?.text) {
    const chipWidth = measureChip('heat', marks.heat.text, marks)
    chips.push({ kind: 'heat', text: marks.heat.text, x: width - CHIP.inset.right - chipWidth, y: height - CHIP.height / 2, width: chipWidth })
  }
  if (marks.state) {
    const text = marks.state.state === 'up' && !marks.state.failed ? '' : describeStateMark(marks.state).text
    chips.push({ kind: 'state', text, x: CHIP.inset.left, y: height - CHIP.height / 2, width: measureChip('state', text, marks) })
  }
  return chips
}
