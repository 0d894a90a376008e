import type { PropSpec } from './types'

// Prop declarations shared by several kinds of the catalogue.

export function instances(defaultValue: number, technologyDefaults?: Record<string, number>): PropSpec {
  return {
    key: 'instances',
    label: 'Instances',
    type: 'integer',
    min: 1,
    default: defaultValue,
    technologyDefaults,
    help: 'Interchangeable copies serving this node; 2 or more survive the loss of one machine.',
  }
}

/** null means "no set limit": the elastic technologies' default (issue 8, point 5). */
export const ELASTIC_LABEL = 'elastic: no set limit'

export function capacity(
  defaultValue: number | null,
  help: string,
  technologyDefaults?: Record<string, number | null>,
): PropSpec {
  const isElastic = defaultValue === null || Object.values(technologyDefaults ?? {}).includes(null)
  return {
    // Only where some technology is elastic does null mean something; elsewhere a capacity is a number.
    ...(isElastic ? { nullLabel: ELASTIC_LABEL } : {}),
    key: 'capacityRps',
    label: 'Capacity',
    type: 'number',
    exclusiveMin: 0,
    unit: 'req/s',
    default: defaultValue,
    technologyDefaults,
    help,
  }
}

export const autoscaling: PropSpec = {
  key: 'autoscaling',
  label: 'Autoscaling',
  type: 'autoscaling',
  default: null,
  nullLabel: 'off',
  help: 'Instance range the platform scales within; capacity counts the maximum.',
}

export const idempotent: PropSpec = {
  key: 'idempotent',
  label: 'Idempotent',
  type: 'boolean',
  default: false,
  help: 'Processing the same message twice has the effect of once (needed behind at-least-once delivery).',
}

export const EVICTION = [
  'noeviction',
  'allkeys-lru',
  'allkeys-lfu',
  'allkeys-random',
  'volatile-lru',
  'volatile-lfu',
  'volatile-random',
  'volatile-ttl',
] as const

/** Partitions, each with its own copies (issue 8, point 20): instances and replicas count per shard. */
export function shards(technologies?: readonly string[]): PropSpec {
  return {
    key: 'shards',
    label: 'Shards',
    type: 'integer',
    min: 1,
    default: 1,
    ...(technologies ? { technologies } : {}),
    help: 'Partitions of the data, each with its own copies: capacity multiplies by shards, redundancy is judged per shard.',
  }
}
