/**
 * What changed between two versions of a design, for a review: components and edges added, removed and
 * changed (field by field, props included), findings introduced and resolved, CAP labels, single points of
 * failure gained and lost, and peak loads that moved by more than 10 %. Positions are layout, not meaning:
 * a moved node is not a change. Pure; the CLI prints it and the app highlights it.
 */
import type { Analysis, Diagnostic } from '../analysis/types'
import type { Design, DesignEdge, DesignNode } from '../design/types'

export interface FieldChange {
  field: string
  from: unknown
  to: unknown
}

export interface ItemRef {
  id: string
  /** The node's label or kind, the edge's "source -> target": what a reviewer recognises. */
  name: string
}

export interface ItemChange extends ItemRef {
  changes: FieldChange[]
}

export interface FindingRef {
  ruleId: string
  severity: Diagnostic['severity']
  target: string
  message: string
}

export interface LoadChange extends ItemRef {
  from: number
  to: number
  /** (to - from) / from; Infinity when it starts from zero. */
  change: number
}

export interface DesignDiff {
  /** The design's own fields: name, workload (field by field), rules and suppressions. */
  design: FieldChange[]
  components: { added: ItemRef[]; removed: ItemRef[]; changed: ItemChange[] }
  edges: { added: ItemRef[]; removed: ItemRef[]; changed: ItemChange[] }
  findings: { introduced: FindingRef[]; resolved: FindingRef[] }
  cap: { write?: { from: string | null; to: string | null }; read?: { from: string | null; to: string | null } }
  spof: { gained: ItemRef[]; lost: ItemRef[] }
  load: LoadChange[]
  peakRps?: { from: number | null; to: number | null }
  introducesError: boolean
  isEmpty: boolean
}

export const LOAD_CHANGE_THRESHOLD = 0.1

const NODE_FIELDS = ['kind', 'technology', 'label', 'parent'] as const
const EDGE_FIELDS = ['source', 'target', 'mode', 'access', 'label', 'share', 'optional', 'consistency'] as const

export function diffDesigns(before: Design, after: Design, beforeAnalysis: Analysis, afterAnalysis: Analysis): DesignDiff {
  const name = createNamer(before, after)
  const components = diffItems(before.nodes, after.nodes, (a, b) => [
    ...compareFields(a, b, NODE_FIELDS),
    ...compareProps(a.props ?? {}, b.props ?? {}),
  ], (n) => name.node(n.id))
  const edges = diffItems(before.edges, after.edges, (a, b) => compareFields(a, b, EDGE_FIELDS), (e) => name.edge(e))

  const findingKey = (d: Diagnostic) => `${d.ruleId}\u0000${d.target.type}\u0000${d.target.type === 'design' ? '' : d.target.id}`
  const live = (analysis: Analysis) => analysis.diagnostics.filter((d) => !d.suppressed)
  const beforeKeys = new Set(live(beforeAnalysis).map(findingKey))
  const afterKeys = new Set(live(afterAnalysis).map(findingKey))
  const toRef = (d: Diagnostic): FindingRef => ({
    ruleId: d.ruleId,
    severity: d.severity,
    target: d.target.type === 'design' ? '(design)' : d.target.id,
    message: d.message,
  })
  const introduced = live(afterAnalysis).filter((d) => !beforeKeys.has(findingKey(d))).map(toRef)
  const resolved = live(beforeAnalysis).filter((d) => !afterKeys.has(findingKey(d))).map(toRef)

  const cap: DesignDiff['cap'] = {}
  const [capBefore, capAfter] = [beforeAnalysis.cap.design, afterAnalysis.cap.design]
  if (capBefore.write !== capAfter.write) cap.write = { from: capBefore.write, to: capAfter.write }
  if (capBefore.read !== capAfter.read) cap.read = { from: capBefore.read, to: capAfter.read }

  const spofBefore = new Set(beforeAnalysis.spof.map((s) => s.node))
  const spofAfter = new Set(afterAnalysis.spof.map((s) => s.node))
  const spof = {
    gained: [...spofAfter].filter((id) => !spofBefore.has(id)).map((id) => ({ id, name: name.node(id) })),
    lost: [...spofBefore].filter((id) => !spofAfter.has(id)).map((id) => ({ id, name: name.node(id) })),
  }

  const load: LoadChange[] = []
  for (const [id, entry] of Object.entries(afterAnalysis.load)) {
    const previous = beforeAnalysis.load[id]
    if (!previous) continue
    const change = previous.rps === 0 ? (entry.rps === 0 ? 0 : Infinity) : (entry.rps - previous.rps) / previous.rps
    if (Math.abs(change) > LOAD_CHANGE_THRESHOLD) load.push({ id, name: name.node(id), from: previous.rps, to: entry.rps, change })
  }
  const peakBefore = beforeAnalysis.workload?.peakRps ?? null
  const peakAfter = afterAnalysis.workload?.peakRps ?? null
  const peakRps = peakBefore !== peakAfter ? { from: peakBefore, to: peakAfter } : undefined

  const design = [
    ...compareFields(before, after, ['name', 'rules', 'suppressions']),
    ...compareProps(before.workload ?? {}, after.workload ?? {}).map((c) => ({ ...c, field: c.field.replace(/^props\./, 'workload.') })),
  ]
  const diff: DesignDiff = {
    design,
    components,
    edges,
    findings: { introduced, resolved },
    cap,
    spof,
    load,
    ...(peakRps ? { peakRps } : {}),
    introducesError: introduced.some((f) => f.severity === 'error'),
    isEmpty: false,
  }
  diff.isEmpty =
    [design, components.added, components.removed, components.changed, edges.added, edges.removed, edges.changed, introduced, resolved, spof.gained, spof.lost, load]
      .every((list) => list.length === 0) && !cap.write && !cap.read && !peakRps
  return diff
}

function diffItems<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  compare: (a: T, b: T) => FieldChange[],
  nameOf: (item: T) => string,
): { added: ItemRef[]; removed: ItemRef[]; changed: ItemChange[] } {
  const old = new Map(before.map((item) => [item.id, item]))
  const now = new Map(after.map((item) => [item.id, item]))
  const added = after.filter((item) => !old.has(item.id)).map((item) => ({ id: item.id, name: nameOf(item) }))
  const removed = before.filter((item) => !now.has(item.id)).map((item) => ({ id: item.id, name: nameOf(item) }))
  const changed: ItemChange[] = []
  for (const item of after) {
    const previous = old.get(item.id)
    if (!previous) continue
    const changes = compare(previous, item)
    if (changes.length > 0) changed.push({ id: item.id, name: nameOf(item), changes })
  }
  return { added, removed, changed }
}

function compareFields<T extends object>(a: T, b: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields.filter((f) => !isSame(a[f], b[f])).map((field) => ({ field, from: a[field], to: b[field] }))
}

function compareProps(a: object, b: object): FieldChange[] {
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>]
  const keys = [...new Set([...Object.keys(x), ...Object.keys(y)])].sort()
  return keys.filter((k) => !isSame(x[k], y[k])).map((key) => ({ field: `props.${key}`, from: x[key], to: y[key] }))
}

function isSame(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

function createNamer(before: Design, after: Design) {
  const nodes = new Map<string, DesignNode>()
  for (const node of [...before.nodes, ...after.nodes]) nodes.set(node.id, node)
  const node = (id: string) => nodes.get(id)?.label?.trim() || id
  return { node, edge: (edge: DesignEdge) => `${node(edge.source)} -> ${node(edge.target)}` }
}
