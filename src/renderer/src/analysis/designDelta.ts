import type { Design, DesignEdge, DesignNode } from '@core/design/types'

/**
 * What the analysis worker is sent for an edit: the design as a change from the one it was sent before. The
 * store's edits replace only the nodes and edges they change and keep every other object, so an entry that is
 * the same object as in the previous design goes as its index there, and the rest as data. At 1,000 nodes
 * this spares the main thread the structured clone of the whole design on every edit (about 3 ms of the edit's
 * own task under load), and the worker's copy keeps its unchanged nodes as the same objects.
 *
 * Invariant: applyDesignDelta(copy of previous, diffDesign(previous, next)) equals `next`.
 */

/** Per entry: the index of the same object in the previous list, or the entry itself. */
type Entries<T> = Array<number | T>

export interface DesignDelta {
  nodes: Entries<DesignNode>
  edges: Entries<DesignEdge>
  /** Everything else in the design (name, workload, rules, suppressions, view): small, sent whole. */
  rest: Omit<Design, 'nodes' | 'edges'>
}

function diffEntries<T extends object>(previous: readonly T[], next: readonly T[]): Entries<T> {
  const indexes = new Map<T, number>()
  previous.forEach((item, i) => indexes.set(item, i))
  return next.map((item) => indexes.get(item) ?? item)
}

function applyEntries<T>(previous: readonly T[], entries: Entries<T>): T[] {
  return entries.map((entry) => {
    if (typeof entry !== 'number') return entry
    if (entry >= previous.length) throw new Error(`design delta refers to entry ${entry} of a design it does not have`)
    return previous[entry]
  })
}

export function diffDesign(previous: Design, next: Design): DesignDelta {
  const { nodes, edges, ...rest } = next
  return { nodes: diffEntries(previous.nodes, nodes), edges: diffEntries(previous.edges, edges), rest }
}

export function applyDesignDelta(previous: Design, delta: DesignDelta): Design {
  return { ...delta.rest, nodes: applyEntries(previous.nodes, delta.nodes), edges: applyEntries(previous.edges, delta.edges) }
}
