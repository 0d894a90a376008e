import { hasProp } from '../catalogue'
import type { ViewNode } from './view'

/**
 * analysis.md, "Capacity": instances (autoscaling max where set) x capacityRps x shards; a managed technology's figure
 * is the whole service's; a relational-db multiplies by 1 + replicas only when reads go to the replicas; an
 * api-gateway's throttle caps it. Kinds without capacityRps in the catalogue are never checked against load.
 */

function readNumber(props: Readonly<Record<string, unknown>>, key: string): number | undefined {
  const value = props[key]
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function countServingUnits(node: ViewNode): number {
  const autoscaling = node.props.autoscaling as { max?: unknown } | null | undefined
  if (autoscaling && typeof autoscaling.max === 'number') return autoscaling.max
  return readNumber(node.props, 'instances') ?? 1
}

export function hasCapacity(node: ViewNode): boolean {
  return hasProp(node.kind, 'capacityRps') && readNumber(node.props, 'capacityRps') !== undefined
}

/**
 * Total capacity with `fewer` instances (or replicas) lost: 0 for the model's figure, 1 for the N+1 check.
 * Undefined for kinds that have no capacity.
 */
export function computeCapacity(node: ViewNode, fewer = 0): number | undefined {
  if (!hasCapacity(node)) return undefined
  const perUnit = readNumber(node.props, 'capacityRps') as number
  // Each shard holds its own part of the data with its own copies: capacity multiplies by shards. A search
  // query visits every shard of the index, so there shards spread data, not queries.
  const shards = node.kind === 'search' ? 1 : (readNumber(node.props, 'shards') ?? 1)
  let capacity: number
  if (node.isManaged) capacity = perUnit
  else if (node.replicaOf !== undefined) capacity = perUnit * shards
  else if (node.kind === 'relational-db') {
    const replicas = readNumber(node.props, 'replicas') ?? 0
    capacity = (node.props.readFrom === 'replicas' ? perUnit * Math.max(1, 1 + replicas - fewer) : perUnit) * shards
  } else capacity = Math.max(0, countServingUnits(node) - fewer) * perUnit * shards
  const throttle = node.kind === 'api-gateway' ? readNumber(node.props, 'throttleRps') : undefined
  return throttle !== undefined ? Math.min(capacity, throttle) : capacity
}
