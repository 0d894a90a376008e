import type { Analysis, DesignCap, Diagnostic, LoadEntry, NodeCap, SpofEntry, WorkloadResult } from '@core/analysis'

/**
 * What changed between two analyses, small enough to post from the worker on every edit: an edit usually
 * changes a handful of findings and marks out of thousands, and cloning the whole result (about 450 KB at
 * 1,000 nodes) then rebuilding every object on the main thread cost more than the analysis itself.
 *
 * Invariant: applyAnalysisDelta(previous, diffAnalysis(previous, next)) equals `next` field for field, and
 * every part equal to `previous`'s is `previous`'s own object, so memoised consumers (a problems row, a card's
 * marks) see the same reference and skip their render. Equality is judged on the data (isSameData);
 * a false "changed" would only cost a re-render, never a stale mark.
 */

/** Per entry of the new list: the index of an equal entry in the previous list, or the entry itself. */
export type ListDelta<T> = Array<number | T>

export interface RecordDelta<T> {
  /** The new key order, present only when keys were added, removed or reordered. */
  keys?: string[]
  /** Entries whose value is new or changed. */
  set: Record<string, T>
}

export interface AnalysisDelta {
  diagnostics: ListDelta<Diagnostic>
  spof: ListDelta<SpofEntry>
  capNodes: RecordDelta<NodeCap>
  load: RecordDelta<LoadEntry>
  /** Present when the design-wide CAP changed. */
  capDesign?: DesignCap
  /** Present when the workload changed; null when it went away. */
  workload?: WorkloadResult | null
}

/**
 * Equality of two plain-data values (what an analysis is made of: objects, arrays, strings, numbers, booleans,
 * null). It allocates nothing: stringifying every entry of every result to compare them cost the worker about
 * as much as a third of the analysis itself at 1,000 nodes. Key order does not matter; an `undefined` property
 * equals a missing one, as in JSON.
 */
export function isSameData(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!isSameData(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  let count = 0
  for (const key in x) {
    if (x[key] === undefined) continue
    count++
    if (!isSameData(x[key], y[key])) return false
  }
  for (const key in y) if (y[key] !== undefined) count--
  return count === 0
}

/**
 * A cheap key that equal entries share (unequal ones may share it too): findings by rule, target and message,
 * everything else by its JSON. Only entries with the same key are compared in full.
 */
function bucketOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? ''
  const v = value as { ruleId?: unknown; message?: unknown; target?: { id?: unknown }; node?: unknown; scope?: unknown }
  if (typeof v.ruleId === 'string' && typeof v.message === 'string') return `${v.ruleId}\u0000${String(v.target?.id ?? '')}\u0000${v.message}`
  if (typeof v.node === 'string') return `${v.node}\u0000${String(v.scope ?? '')}`
  return JSON.stringify(value)
}

function diffList<T>(previous: readonly T[] | undefined, next: readonly T[]): ListDelta<T> {
  if (!previous) return [...next]
  if (previous === next) return next.map((_, i) => i)
  // Equal entries may repeat: each previous index is used once, in order.
  const buckets = new Map<string, number[]>()
  previous.forEach((item, i) => {
    const key = bucketOf(item)
    const list = buckets.get(key)
    if (list) list.push(i)
    else buckets.set(key, [i])
  })
  return next.map((item) => {
    const candidates = buckets.get(bucketOf(item))
    const at = candidates ? candidates.findIndex((i) => isSameData(previous[i], item)) : -1
    return at < 0 || !candidates ? item : candidates.splice(at, 1)[0]
  })
}

function diffRecord<T>(previous: Readonly<Record<string, T>> | undefined, next: Readonly<Record<string, T>>): RecordDelta<T> {
  const nextKeys = Object.keys(next)
  const set: Record<string, T> = {}
  if (!previous) {
    for (const key of nextKeys) set[key] = next[key]
    return { keys: nextKeys, set }
  }
  const previousKeys = Object.keys(previous)
  const isSameKeys = previousKeys.length === nextKeys.length && previousKeys.every((key, i) => key === nextKeys[i])
  for (const key of nextKeys) {
    if (!Object.hasOwn(previous, key) || !isSameData(previous[key], next[key])) set[key] = next[key]
  }
  return isSameKeys ? { set } : { keys: nextKeys, set }
}

export function diffAnalysis(previous: Analysis | null, next: Analysis): AnalysisDelta {
  const delta: AnalysisDelta = {
    diagnostics: diffList(previous?.diagnostics, next.diagnostics),
    spof: diffList(previous?.spof, next.spof),
    capNodes: diffRecord(previous?.cap.nodes, next.cap.nodes),
    load: diffRecord(previous?.load, next.load),
  }
  if (!previous || !isSameData(previous.cap.design, next.cap.design)) delta.capDesign = next.cap.design
  if (!previous || !isSameData(previous.workload, next.workload)) delta.workload = next.workload ?? null
  return delta
}

function applyList<T>(previous: readonly T[] | undefined, delta: ListDelta<T>): T[] {
  const out = delta.map((entry) => {
    if (typeof entry !== 'number') return entry
    if (!previous || entry >= previous.length) throw new Error(`analysis delta refers to entry ${entry} of a previous result it does not have`)
    return previous[entry]
  })
  // Nothing changed: keep the previous array itself, so a selector on the whole list stays quiet too.
  if (previous && previous.length === out.length && out.every((item, i) => item === previous[i])) return previous as T[]
  return out
}

function applyRecord<T>(previous: Readonly<Record<string, T>> | undefined, delta: RecordDelta<T>): Record<string, T> {
  const changed = Object.keys(delta.set)
  if (previous && !delta.keys && changed.length === 0) return previous as Record<string, T>
  const keys = delta.keys ?? Object.keys(previous ?? {})
  const out: Record<string, T> = {}
  for (const key of keys) {
    const value = Object.hasOwn(delta.set, key) ? delta.set[key] : previous?.[key]
    if (value === undefined) throw new Error(`analysis delta has no value for "${key}"`)
    out[key] = value
  }
  return out
}

export function applyAnalysisDelta(previous: Analysis | null, delta: AnalysisDelta): Analysis {
  const capDesign = delta.capDesign ?? previous?.cap.design
  if (!capDesign) throw new Error('analysis delta without a design CAP and no previous result')
  const capNodes = applyRecord(previous?.cap.nodes, delta.capNodes)
  const cap = previous && capDesign === previous.cap.design && capNodes === previous.cap.nodes ? previous.cap : { design: capDesign, nodes: capNodes }
  const workload = delta.workload === undefined ? previous?.workload : (delta.workload ?? undefined)
  const next: Analysis = {
    cap,
    load: applyRecord(previous?.load, delta.load),
    spof: applyList(previous?.spof, delta.spof),
    diagnostics: applyList(previous?.diagnostics, delta.diagnostics),
  }
  if (workload) next.workload = workload
  if (previous && isSameParts(previous, next)) return previous
  return next
}

function isSameParts(a: Analysis, b: Analysis): boolean {
  return a.cap === b.cap && a.load === b.load && a.spof === b.spof && a.diagnostics === b.diagnostics && a.workload === b.workload
}

/** `next`, with every part equal to `previous`'s replaced by `previous`'s object (the same-thread path). */
export function reuseUnchanged(previous: Analysis | null, next: Analysis): Analysis {
  return previous ? applyAnalysisDelta(previous, diffAnalysis(previous, next)) : next
}
