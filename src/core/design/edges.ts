import type { NumberRange } from './checks'
import type { DesignEdge, Kind } from './types'

/** The edge's numbers and what the format allows them: the parser, the JSON Schema and the inspector read these. */
export const EDGE_RANGES = {
  share: { min: 0, max: 1 },
  fanOut: { min: 1, integer: true },
} as const satisfies Record<'share' | 'fanOut', NumberRange>

/** Kinds a caller degrades without (format.md): an edge into one is optional unless it says otherwise. */
const OPTIONAL_BY_DEFAULT: ReadonlySet<Kind> = new Set<Kind>(['cache', 'logging'])

/** Whether the caller degrades gracefully when the target is down: the edge's own `optional`, else the default. */
export function isEdgeOptional(edge: Pick<DesignEdge, 'optional'>, targetKind: Kind | undefined): boolean {
  return edge.optional ?? (targetKind !== undefined && OPTIONAL_BY_DEFAULT.has(targetKind))
}

const ACCESS_MARKS: Readonly<Record<DesignEdge['access'], string>> = { read: 'R', write: 'W', 'read-write': 'RW' }

/**
 * The short mark an edge's pill shows, on the canvas and in the export alike: R, W or RW (what the call does
 * to the target's data), "REPL" for a replication edge (format v2), and "×N" after it for a fan-out above 1.
 */
export function describeEdgeMark(edge: Pick<DesignEdge, 'mode' | 'access' | 'fanOut'>): string {
  const mark = edge.mode === 'replication' ? 'REPL' : ACCESS_MARKS[edge.access]
  return edge.fanOut !== undefined && edge.fanOut > 1 ? `${mark} ×${edge.fanOut}` : mark
}
