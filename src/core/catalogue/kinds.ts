import { COMPUTE_KINDS } from './compute'
import { DATA_KINDS } from './data'
import { EDGE_KINDS } from './edge'
import { MESSAGING_KINDS } from './messaging'
import { OBSERVABILITY_KINDS } from './observability'
import type { KindSpec } from './types'

// The catalogue of ../shared/spec/catalogue.md as data, one file per palette group. Capacity defaults are planning
// figures of the right order of magnitude (../shared/research/domain.md §5); every node may override capacityRps.
export const KIND_SPECS: readonly KindSpec[] = [
  ...EDGE_KINDS,
  ...COMPUTE_KINDS,
  ...DATA_KINDS,
  ...MESSAGING_KINDS,
  ...OBSERVABILITY_KINDS,
]
