import type { Analysis, Diagnostic, LoadEntry, NodeCap } from '../../../core/analysis'
import type { Severity } from '../../../core/design/types'

/**
 * The analysis sliced per canvas element. Each node and edge gets one small object; an object equal to the
 * previous run's is REUSED, so a node's selector returns the same reference and React skips every card
 * whose annotations did not change (the difference between one re-render and a thousand per edit).
 */

export type Heat = 'cool' | 'warm' | 'hot' | 'none'
export type SpofScope = 'user-facing' | 'background'

export interface NodeAnnotation {
  count: number
  worst: Severity | null
  /** The messages of its unsuppressed findings, worst first: the badge's tooltip. */
  messages: readonly string[]
  cap: NodeCap | null
  spof: SpofScope | null
  load: LoadEntry | null
  heat: Heat
}

export interface EdgeAnnotation {
  count: number
  worst: Severity | null
  messages: readonly string[]
}

export interface Annotations {
  nodes: ReadonlyMap<string, NodeAnnotation>
  edges: ReadonlyMap<string, EdgeAnnotation>
}

export const EMPTY_NODE_ANNOTATION: NodeAnnotation = Object.freeze({
  count: 0,
  worst: null,
  messages: [],
  cap: null,
  spof: null,
  load: null,
  heat: 'none',
})

export const EMPTY_ANNOTATIONS: Annotations = { nodes: new Map(), edges: new Map() }

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

export function getWorstSeverity(severities: Iterable<Severity>): Severity | null {
  let worst: Severity | null = null
  for (const severity of severities) if (worst === null || SEVERITY_RANK[severity] < SEVERITY_RANK[worst]) worst = severity
  return worst
}

/** The heat view's bands: under 70 % cool, 70-100 % warm, over 100 % hot; no capacity, no colour. */
export function classifyHeat(load: LoadEntry | null | undefined): Heat {
  if (!load) return 'none'
  if (load.utilisation > 1) return 'hot'
  if (load.utilisation > 0.7) return 'warm'
  return 'cool'
}

interface Tally {
  severities: Severity[]
  messages: string[]
}

function tallyFindings(diagnostics: readonly Diagnostic[], type: 'node' | 'edge', only?: ReadonlySet<string>): Map<string, Tally> {
  const out = new Map<string, Tally>()
  // Diagnostics arrive sorted by severity, so messages come worst first.
  for (const d of diagnostics) {
    if (d.suppressed || d.target.type !== type || (only && !only.has(d.target.id))) continue
    let tally = out.get(d.target.id)
    if (!tally) out.set(d.target.id, (tally = { severities: [], messages: [] }))
    tally.severities.push(d.severity)
    tally.messages.push(d.message)
  }
  return out
}

interface Touched {
  nodes: Set<string>
  edges: Set<string>
}

/**
 * The nodes and edges whose annotations may differ between two results that share their unchanged objects
 * (analysisDelta.ts): a reference comparison per entry, no object built. Exact for such results; for two
 * unrelated results it names everything that differs, which is still correct, only slower.
 */
function findTouched(before: Analysis, after: Analysis): Touched {
  const touched: Touched = { nodes: new Set(), edges: new Set() }
  const compareRecords = <T>(a: Readonly<Record<string, T>>, b: Readonly<Record<string, T>>): void => {
    if (a === b) return
    for (const id of Object.keys(a)) if (a[id] !== b[id]) touched.nodes.add(id)
    for (const id of Object.keys(b)) if (a[id] !== b[id]) touched.nodes.add(id)
  }
  compareRecords(before.cap.nodes, after.cap.nodes)
  compareRecords(before.load, after.load)
  if (before.spof !== after.spof) {
    const [was, is] = [new Set(before.spof), new Set(after.spof)]
    for (const entry of before.spof) if (!is.has(entry)) touched.nodes.add(entry.node)
    for (const entry of after.spof) if (!was.has(entry)) touched.nodes.add(entry.node)
  }
  if (before.diagnostics !== after.diagnostics) {
    const [was, is] = [new Set(before.diagnostics), new Set(after.diagnostics)]
    const add = (d: Diagnostic): void => {
      if (d.target.type === 'node') touched.nodes.add(d.target.id)
      else if (d.target.type === 'edge') touched.edges.add(d.target.id)
    }
    for (const d of before.diagnostics) if (!is.has(d)) add(d)
    for (const d of after.diagnostics) if (!was.has(d)) add(d)
  }
  return touched
}

/**
 * The annotations of `analysis`. With `before` (the analysis `previous` was built from), only the nodes and
 * edges whose findings or marks changed are rebuilt; every other entry is `previous`'s own object.
 */
export function buildAnnotations(analysis: Analysis, previous: Annotations = EMPTY_ANNOTATIONS, before?: Analysis | null): Annotations {
  const touched = before ? findTouched(before, analysis) : null
  if (touched && touched.nodes.size === 0 && touched.edges.size === 0) return previous
  const nodeTallies = tallyFindings(analysis.diagnostics, 'node', touched?.nodes)
  const spofs = new Map(analysis.spof.map((entry) => [entry.node, entry.scope]))
  const nodeIds = touched?.nodes ?? new Set([...nodeTallies.keys(), ...spofs.keys(), ...Object.keys(analysis.cap.nodes), ...Object.keys(analysis.load)])
  const nodes = new Map<string, NodeAnnotation>(touched ? previous.nodes : [])
  for (const id of nodeIds) {
    const tally = nodeTallies.get(id)
    const load = analysis.load[id] ?? null
    const cap = analysis.cap.nodes[id] ?? null
    const spof = spofs.get(id) ?? null
    if (!tally && !load && !cap && !spof) {
      nodes.delete(id)
      continue
    }
    const next: NodeAnnotation = {
      count: tally?.severities.length ?? 0,
      worst: tally ? getWorstSeverity(tally.severities) : null,
      messages: tally?.messages ?? [],
      cap,
      spof,
      load,
      heat: classifyHeat(load),
    }
    const old = previous.nodes.get(id)
    nodes.set(id, old && isSameNodeAnnotation(old, next) ? old : next)
  }
  const edgeTallies = tallyFindings(analysis.diagnostics, 'edge', touched?.edges)
  const edges = new Map<string, EdgeAnnotation>(touched ? previous.edges : [])
  for (const id of touched?.edges ?? edgeTallies.keys()) {
    const tally = edgeTallies.get(id)
    if (!tally) {
      edges.delete(id)
      continue
    }
    const next: EdgeAnnotation = { count: tally.severities.length, worst: getWorstSeverity(tally.severities), messages: tally.messages }
    const old = previous.edges.get(id)
    edges.set(id, old && isSameEdgeAnnotation(old, next) ? old : next)
  }
  return { nodes, edges }
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i])
}

function isSameCap(a: NodeCap | null, b: NodeCap | null): boolean {
  if (a === b) return true
  if (!a || !b) return false
  return a.label === b.label && a.underPartition === b.underPartition && a.mayLoseWrites === b.mayLoseWrites && a.flip === b.flip && a.why === b.why
}

function isSameLoad(a: LoadEntry | null, b: LoadEntry | null): boolean {
  if (a === b) return true
  if (!a || !b) return false
  return a.rps === b.rps && a.capacity === b.capacity && a.utilisation === b.utilisation
}

export function isSameNodeAnnotation(a: NodeAnnotation, b: NodeAnnotation): boolean {
  return (
    a.count === b.count &&
    a.worst === b.worst &&
    a.spof === b.spof &&
    a.heat === b.heat &&
    isSameList(a.messages, b.messages) &&
    isSameCap(a.cap, b.cap) &&
    isSameLoad(a.load, b.load)
  )
}

function isSameEdgeAnnotation(a: EdgeAnnotation, b: EdgeAnnotation): boolean {
  return a.count === b.count && a.worst === b.worst && isSameList(a.messages, b.messages)
}
