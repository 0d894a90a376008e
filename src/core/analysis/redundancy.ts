import { getKindSpec, getTechnology, isManaged, resolveProps } from '../catalogue'
import type { DesignNode, Kind } from '../design/types'

/**
 * catalogue.md, "Redundancy: when a node survives the loss of one of its machines". Props are resolved
 * (catalogue defaults filled in), so a missing key means the kind has no such prop.
 */

function readCount(props: Readonly<Record<string, unknown>>, key: string, fallback: number): number {
  const value = props[key]
  return typeof value === 'number' ? value : fallback
}

function readAutoscalingMin(props: Readonly<Record<string, unknown>>): number {
  const value = props.autoscaling
  if (value && typeof value === 'object' && typeof (value as { min?: unknown }).min === 'number') {
    return (value as { min: number }).min
  }
  return 0
}

/** Replicas a wide-column read or write at this level waits for. */
export function countConsistencyReplicas(level: unknown, replicationFactor: number): number {
  if (level === 'ALL') return replicationFactor
  if (level === 'QUORUM') return Math.floor(replicationFactor / 2) + 1
  return 1
}

/**
 * Clients and zones are not machines, and an external service is outside the design's control (its failure is
 * external-dependency-without-fallback's concern): none of them is ever a single point of failure.
 */
export function canFailAlone(kind: Kind): boolean {
  const { roles } = getKindSpec(kind)
  return kind !== 'zone' && !roles.entry && !roles.external
}

export function isRedundant(
  kind: Kind,
  technology: string,
  isManaged: boolean,
  props: Readonly<Record<string, unknown>>,
): boolean {
  if (!canFailAlone(kind)) return true
  // Instances and replicas count per shard: shards are not copies (issue 8, point 20).
  const instances = readCount(props, 'instances', 1)
  if (isManaged) return instances >= 2
  switch (kind) {
    case 'key-value':
    case 'cache':
      // A Redis replica takes over only through Sentinel or Cluster.
      if (technology === 'redis') return instances >= 2 && props.failover !== 'none'
      return instances >= 2
    case 'queue':
      // A RabbitMQ quorum queue survives a lost node with three; a classic queue lives on one node.
      if (technology === 'rabbitmq') return props.quorum !== false && instances >= 3
      return instances >= 2
    case 'relational-db':
      return (
        readCount(props, 'replicas', 0) >= 1 &&
        (props.replication === 'async' || props.replication === 'sync') &&
        props.failover === 'automatic'
      )
    case 'wide-column': {
      const rf = readCount(props, 'replicationFactor', 1)
      if (instances < 2 || rf < 2) return false
      const levels = [props.readConsistency, props.writeConsistency]
      if (levels.includes('ALL')) return false
      if (levels.includes('QUORUM')) return Math.min(rf, instances) - 1 >= Math.floor(rf / 2) + 1
      return true
    }
    case 'pubsub':
      if (technology === 'kafka') return instances >= 2 && readCount(props, 'replicationFactor', 1) >= 2
      return instances >= 2
    case 'search':
      return instances >= 2 && readCount(props, 'replicas', 0) >= 1
    default:
      return instances >= 2 || readAutoscalingMin(props) >= 2
  }
}

/** For the canvas and export (the stacked card): does this node survive the loss of one machine? */
export function isNodeRedundant(node: Pick<DesignNode, 'kind' | 'technology' | 'props'>): boolean {
  return isRedundant(node.kind, getTechnology(node).id, isManaged(node), resolveProps(node))
}
