import type { Kind } from '../design/types'
import type { ElkNodeJson } from './elkTypes'

/**
 * How ranks follow roles. ELK's partitioning is exact (every client before every load balancer before every
 * service...), but it joins every node of one partition to every node of the next with a helper edge, which is
 * quadratic: a 500-node design took seconds in that step alone. Past a budget of such pairs the graph instead
 * pins entry points to the first layer and data stores to the last, and points every edge from the earlier
 * role to the later one, which keeps the same reading order wherever edges connect the roles.
 */

/** The rank (ELK partition) of each kind: lower partitions come first in the layout direction. */
export const ROLE_PARTITIONS: Readonly<Record<Exclude<Kind, 'zone'>, number>> = {
  client: 0,
  dns: 0,
  cdn: 0,
  'load-balancer': 1,
  'api-gateway': 1,
  service: 2,
  function: 2,
  job: 2,
  queue: 3,
  pubsub: 3,
  'relational-db': 4,
  'key-value': 4,
  'wide-column': 4,
  cache: 4,
  search: 4,
  logging: 4,
  'object-storage': 4,
  external: 4,
}
export const FIRST_PARTITION = 0
export const LAST_PARTITION = 4

/** Helper edges ELK's partitioning may add before the layout switches to layer constraints. */
export const MAX_PARTITION_PAIRS = 4000

const PARTITION = 'elk.partitioning.partition'
const ACTIVATE = 'elk.partitioning.activate'

export function getPartition(node: ElkNodeJson): number {
  return Number(node.layoutOptions?.[PARTITION] ?? LAST_PARTITION)
}

function listContainers(root: ElkNodeJson): ElkNodeJson[] {
  const containers: ElkNodeJson[] = []
  const stack = [root]
  while (stack.length > 0) {
    const node = stack.pop() as ElkNodeJson
    if (node.children && node.children.length > 0) {
      containers.push(node)
      stack.push(...node.children)
    }
  }
  return containers
}

/** Helper edges partitioning would add: per container, the product of the sizes of consecutive partitions. */
export function countPartitionPairs(root: ElkNodeJson): number {
  let pairs = 0
  for (const container of listContainers(root)) {
    const sizes = new Map<number, number>()
    for (const child of container.children ?? []) sizes.set(getPartition(child), (sizes.get(getPartition(child)) ?? 0) + 1)
    const ordered = [...sizes.entries()].sort((a, b) => a[0] - b[0])
    for (let i = 0; i + 1 < ordered.length; i++) pairs += ordered[i][1] * ordered[i + 1][1]
  }
  return pairs
}

/**
 * Replaces partitions by FIRST / LAST layer constraints on leaves (zones take none). The _SEPARATE forms keep
 * other sources and sinks out of those layers, but elkjs 0.12 throws a ClassCastException on them once the
 * graph has compound nodes, so a design with populated zones gets the plain forms.
 */
export function switchToLayerConstraints(root: ElkNodeJson): void {
  const hasZones = (root.children ?? []).some((child) => (child.children ?? []).length > 0)
  const [first, last] = hasZones ? ['FIRST', 'LAST'] : ['FIRST_SEPARATE', 'LAST_SEPARATE']
  const stack = [root]
  while (stack.length > 0) {
    const node = stack.pop() as ElkNodeJson
    const options = node.layoutOptions
    const isLeaf = !node.children || node.children.length === 0
    if (options) {
      const partition = getPartition(node)
      delete options[ACTIVATE]
      delete options[PARTITION]
      if (isLeaf && node !== root && partition === FIRST_PARTITION) options['elk.layered.layering.layerConstraint'] = first
      if (isLeaf && node !== root && partition === LAST_PARTITION) options['elk.layered.layering.layerConstraint'] = last
    }
    stack.push(...(node.children ?? []))
  }
}
