import type { DesignEdge, Kind } from './types'

/** Kinds a caller degrades without (format.md): an edge into one is optional unless it says otherwise. */
const OPTIONAL_BY_DEFAULT: ReadonlySet<Kind> = new Set<Kind>(['cache', 'logging'])

/** Whether the caller degrades gracefully when the target is down: the edge's own `optional`, else the default. */
export function isEdgeOptional(edge: Pick<DesignEdge, 'optional'>, targetKind: Kind | undefined): boolean {
  return edge.optional ?? (targetKind !== undefined && OPTIONAL_BY_DEFAULT.has(targetKind))
}
