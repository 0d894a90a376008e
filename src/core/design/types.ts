/**
 * The design file format, version 1 (../shared/spec/format.md). These types are the contract between the
 * app, the CLI and the tests; `parseDesign` is the only way untrusted text becomes a `Design`.
 */

export const DESIGN_FORMAT = 'archsight'
export const DESIGN_VERSION = 1

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
  'zone',
] as const
export type Kind = (typeof KINDS)[number]

export type EdgeMode = 'sync' | 'async'
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
}

export interface PeakHours {
  start: number
  end: number
}

export interface Workload {
  monthlyActiveUsers: number
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
