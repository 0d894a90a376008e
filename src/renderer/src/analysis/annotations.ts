import type { Analysis, Diagnostic, LoadEntry, NodeCap } from '@core/analysis'
import type { Design, Severity } from '@core/design/types'
import { classifyHeat, collectMarks, type CardMarks, type Heat } from '@core/picture'

/**
 * The analysis sliced per canvas element. Each node and edge gets one small object; an object equal to the
 * previous run's is REUSED, so a node's selector returns the same reference and React skips every card
 * whose annotations did not change (the difference between one re-render and a thousand per edit). What a
 * card draws is core/picture's CardMarks (the export draws the same); the rest is tooltip and inspector text.
 */

export type { Heat }
export type SpofScope = 'user-facing' | 'background'

export interface NodeAnnotation {
  /** What the card draws, as core/picture decides it for the canvas and the export alike. */
  marks: CardMarks
  count: number
  worst: Severity | null
  /** The messages of its unsuppressed findings, worst first: the badge's tooltip. */
  messages: readonly string[]
  cap: NodeCap | null
  /** The analysis' verdict, also when its finding is suppressed or the rule is off (the inspector says so). */
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
  marks: Object.freeze({}),
  count: 0,
  worst: null,
  messages: [],
  cap: null,
  spof: null,
  load: null,
  heat: 'none',
})

export const EMPTY_ANNOTATIONS: Annotations = { nodes: new Map(), edges: new Map() }

interface Tally {
  severities: Severity[]
  messages: string[]
}

/** Per target of `type` (only those in `only`, when given), its unsuppressed findings. */
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
 * The annotations of `analysis`. With `before` and `beforeDesign` (the analysis and design `previous` was built
 * from, under the same heat setting) only the nodes and edges whose findings or marks may differ are rebuilt:
 * a result that changed none returns `previous` itself, so nothing downstream re-renders, and one that changed
 * a few copies `previous` and rebuilds those few (an edit at 1,000 nodes touched a handful; rebuilding all of
 * them was the main thread's largest cost in applying a result). Otherwise every entry is rebuilt. Either way
 * an entry equal to the previous one keeps its old object.
 */
export function buildAnnotations(
  analysis: Analysis,
  design: Pick<Design, 'nodes'>,
  isHeatOn: boolean,
  previous: Annotations = EMPTY_ANNOTATIONS,
  before?: Analysis | null,
  beforeDesign?: Pick<Design, 'nodes'> | null,
): Annotations {
  if (before && beforeDesign && isSameNodeList(beforeDesign, design) && previous.nodes.size === design.nodes.length) {
    const touched = findTouched(before, analysis)
    // A node's kind decides some of its marks (a zone draws no CAP or heat): a changed kind is a touched node.
    design.nodes.forEach((node, i) => node.kind !== beforeDesign.nodes[i].kind && touched.nodes.add(node.id))
    if (touched.nodes.size === 0 && touched.edges.size === 0) return previous
    if (touched.nodes.size + touched.edges.size < design.nodes.length / 4) return patchAnnotations(analysis, design, isHeatOn, previous, touched)
  }
  const picture = collectMarks(design, analysis, isHeatOn)
  const nodeTallies = tallyFindings(analysis.diagnostics, 'node')
  const spofs = new Map(analysis.spof.map((entry) => [entry.node, entry.scope]))
  const nodes = new Map<string, NodeAnnotation>()
  for (const node of design.nodes) {
    const next = annotateNode(node.id, analysis, picture, nodeTallies, spofs)
    const old = previous.nodes.get(node.id)
    nodes.set(node.id, old && isSameNodeAnnotation(old, next) ? old : next)
  }
  const edges = new Map<string, EdgeAnnotation>()
  for (const [id, tally] of tallyFindings(analysis.diagnostics, 'edge')) {
    const next: EdgeAnnotation = { count: tally.severities.length, worst: picture.edges.get(id) ?? null, messages: tally.messages }
    const old = previous.edges.get(id)
    edges.set(id, old && isSameEdgeAnnotation(old, next) ? old : next)
  }
  return { nodes, edges }
}

/** The same nodes in the same order (what the previous annotations were built for). */
function isSameNodeList(a: Pick<Design, 'nodes'>, b: Pick<Design, 'nodes'>): boolean {
  return a.nodes.length === b.nodes.length && a.nodes.every((node, i) => node.id === b.nodes[i].id)
}

/** `previous` with only the touched nodes and edges rebuilt (their findings tallied, their marks collected). */
function patchAnnotations(
  analysis: Analysis,
  design: Pick<Design, 'nodes'>,
  isHeatOn: boolean,
  previous: Annotations,
  touched: Touched,
): Annotations {
  const picture = collectMarks({ nodes: design.nodes.filter((n) => touched.nodes.has(n.id)) }, analysis, isHeatOn)
  const nodeTallies = tallyFindings(analysis.diagnostics, 'node', touched.nodes)
  const spofs = new Map(analysis.spof.filter((entry) => touched.nodes.has(entry.node)).map((entry) => [entry.node, entry.scope]))
  const nodes = new Map(previous.nodes)
  for (const id of touched.nodes) {
    const next = annotateNode(id, analysis, picture, nodeTallies, spofs)
    const old = previous.nodes.get(id)
    nodes.set(id, old && isSameNodeAnnotation(old, next) ? old : next)
  }
  const edges = new Map(previous.edges)
  const edgeTallies = tallyFindings(analysis.diagnostics, 'edge', touched.edges)
  for (const id of touched.edges) {
    const tally = edgeTallies.get(id)
    if (!tally) {
      edges.delete(id)
      continue
    }
    const next: EdgeAnnotation = { count: tally.severities.length, worst: picture.edges.get(id) ?? null, messages: tally.messages }
    const old = previous.edges.get(id)
    edges.set(id, old && isSameEdgeAnnotation(old, next) ? old : next)
  }
  return { nodes, edges }
}

function annotateNode(
  id: string,
  analysis: Analysis,
  picture: ReturnType<typeof collectMarks>,
  tallies: ReadonlyMap<string, Tally>,
  spofs: ReadonlyMap<string, SpofScope>,
): NodeAnnotation {
  const load = analysis.load[id] ?? null
  const marks = picture.nodes.get(id) ?? EMPTY_NODE_ANNOTATION.marks
  return {
    marks,
    count: marks.badge?.count ?? 0,
    worst: marks.badge?.worst ?? null,
    messages: tallies.get(id)?.messages ?? [],
    cap: analysis.cap.nodes[id] ?? null,
    spof: spofs.get(id) ?? null,
    load,
    heat: classifyHeat(load?.utilisation),
  }
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

/** Marks are small records of primitives and one level of small records: compare them field by field. */
function isSameMarks(a: CardMarks, b: CardMarks): boolean {
  if (a === b) return true
  const keys = Object.keys(a) as (keyof CardMarks)[]
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => {
    const [x, y] = [a[key] as Record<string, unknown> | undefined, b[key] as Record<string, unknown> | undefined]
    if (!x || !y) return x === y
    const fields = Object.keys(x)
    return fields.length === Object.keys(y).length && fields.every((f) => x[f] === y[f])
  })
}

export function isSameNodeAnnotation(a: NodeAnnotation, b: NodeAnnotation): boolean {
  return (
    isSameMarks(a.marks, b.marks) &&
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
