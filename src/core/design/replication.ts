import { canReplicate, getTechnology } from '../catalogue'
import type { DesignNode } from './types'

/**
 * Issue 8, point 16: a `mode: "replication"` edge joins two stores of one kind and technology (durable stores
 * and caches): the target is a replica box of the source. The format check, the edge inspector and the
 * editor's "Make it a replica" offer all ask this one question.
 */
export function canBeReplicaPair(
  source: Pick<DesignNode, 'id' | 'kind' | 'technology'> | undefined,
  target: Pick<DesignNode, 'id' | 'kind' | 'technology'> | undefined,
): boolean {
  if (!source || !target || source.id === target.id || source.kind !== target.kind) return false
  return canReplicate(source.kind) && getTechnology(source).id === getTechnology(target).id
}
