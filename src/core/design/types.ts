/**
 * The design file format, version 2 (docs/format.md; issue 8). These types are the contract between the
 * app, the CLI and the tests; `parseDesign` is the only way untrusted text becomes a `Design`. A version 1
 * file is a subset of version 2: it is migrated in memory on open (nothing in it changes meaning), so a
 * `Design` is always version 2 and Save writes version 2.
 */

export const DESIGN_FORMAT = 'archsight'
export const DESIGN_VERSION = 2
/**
 * The JSON Schema's $id (docs/archsight.schema.json), written as "$schema" in every file Archsight saves.
 * A URN, not a web address: the schema ships in docs/ and with the CLI package, and no site hosts it.
 */
export const SCHEMA_ID = 'urn:archsight:design-format'
/** Every version this build opens; above the last one is refused ("written by a newer Archsight"). */
export const READABLE_VERSIONS = [1, 2] as const
export type ReadableVersion = (typeof READABLE_VERSIONS)[number]

export const KINDS = [
  'client',
  'dns',
  'cdn',
  'load-balancer',
  'api-gateway',
  'service',
  'function',
  'relational-db',
  'key-value',
  'wide-column',
  'cache',
  'queue',
  'pubsub',
  'search',
  'logging',
  'object-storage',
  'job',
  'external',
  'zone',
] as const
export type Kind = (typeof KINDS)[number]

/**
 * `replication` (version 2): from a store to another store of the same kind and technology, which becomes
 * its replica; async unless the edge says `consistency: "strong"`.
 */
export type EdgeMode = 'sync' | 'async' | 'replication'
export type Access = 'read' | 'write' | 'read-write'
export type Consistency = 'strong' | 'eventual'
export type Severity = 'error' | 'warning' | 'info'
export type RuleSetting = Severity | 'off'

export interface Position {
  x: number
  y: number
}

export interface Autoscaling {
  min: number
  max: number
}

/** A prop value as stored: catalogue props are validated; unknown keys are kept as they came. */
export type PropValue = string | number | boolean | null | Autoscaling | unknown

export interface DesignNode {
  id: string
  kind: Kind
  technology?: string
  label?: string
  position: Position
  parent?: string
  props?: Record<string, PropValue>
}

export interface DesignEdge {
  id: string
  source: string
  target: string
  mode: EdgeMode
  access: Access
  label?: string
  share?: number
  optional?: boolean
  consistency?: Consistency
  /** Version 2: calls or writes this edge makes per request or message on the source (integer >= 1, default 1). */
  fanOut?: number
}

export interface PeakHours {
  start: number
  end: number
}

export interface Workload {
  monthlyActiveUsers: number
  /** Version 2: when given, replaces the derivation monthly / 4.345 / 7. */
  dailyActiveUsers?: number
  requestsPerUserPerDay?: number
  readWriteRatio: number
  peakHours?: PeakHours
  peakShareOfDailyUsers?: number
  burstFactor?: number
}

export interface Suppression {
  rule: string
  /** A node or edge id; omitted for a finding on the design itself. */
  target?: string
  reason: string
}

export interface Viewport {
  x: number
  y: number
  zoom: number
}

export interface Design {
  format: typeof DESIGN_FORMAT
  version: typeof DESIGN_VERSION
  name: string
  description?: string
  workload?: Workload
  nodes: DesignNode[]
  edges: DesignEdge[]
  rules?: Record<string, RuleSetting>
  suppressions?: Suppression[]
  view?: { viewport?: Viewport }
}

export const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/

export const WORKLOAD_DEFAULTS = {
  requestsPerUserPerDay: 10,
  peakHours: { start: 7, end: 21 },
  peakShareOfDailyUsers: 0.73,
  burstFactor: 2,
} as const

export function createEmptyDesign(name = 'Untitled design'): Design {
  return { format: DESIGN_FORMAT, version: DESIGN_VERSION, name, nodes: [], edges: [] }
}
