import type { Access, EdgeMode, Kind } from '../design/types'

export type Category = 'edge' | 'compute' | 'data' | 'messaging' | 'observability' | 'zone'

export type PropType =
  | 'integer' // whole number >= min
  | 'number' // finite number >= min (or > exclusiveMin), <= max
  | 'boolean'
  | 'enum' // one of options (always strings, even "1")
  | 'autoscaling' // { min, max } with 1 <= min <= max, or null
  | 'queue-ref' // the id of a queue node, or null

export type DefaultValue = string | number | boolean | null

export interface PropSpec {
  key: string
  label: string
  type: PropType
  /** One line for the inspector: what the prop means and, for numbers, where the default comes from. */
  help: string
  default: DefaultValue
  /** A technology-specific default (route53 has 3 instances, generic dns 2). */
  technologyDefaults?: Readonly<Record<string, DefaultValue>>
  /** A default that follows another prop's value (a FIFO queue's capacity). */
  defaultFrom?: { prop: string; values: Readonly<Record<string, DefaultValue>> }
  /** The prop only means something for these technologies; absent = every technology of the kind. */
  technologies?: readonly string[]
  min?: number
  exclusiveMin?: number
  max?: number
  options?: readonly string[]
  /** null is allowed; the inspector shows it as this label ("none", "never expires"). */
  nullLabel?: string
  unit?: string
}

export interface TechnologySpec {
  id: string
  label: string
  /** Replicated across zones by the provider: redundant unless instances is set to 1. */
  managed?: boolean
  /** A simple-icons slug for the brand mark, when one exists. */
  brand?: string
}

/**
 * What a kind is to the analysis (issue 8, point 22): every module reads these instead of keeping its own set
 * of kinds, and catalogue.test.ts checks that every kind decides every role.
 */
export interface KindRoles {
  /** Where user-facing traffic starts (clients). */
  entry: boolean
  /** The user-facing walk passes through it to what it calls (stateless tiers, dns, cdn). */
  passThrough: boolean
  /** Routes around a dead target: fails only when every target for an access is down. */
  router: boolean
  /** Holds messages for consumers: queues and topics (delivery edges start here). */
  broker: boolean
  /** The system of record: data written here survives restarts and failovers. */
  durableStore: boolean
  /** An in-memory cache: evicts, expires, restarts empty. */
  cache: boolean
  /** Holds copies of data kept elsewhere (cache, search index, cdn): a write into it may be a fill. */
  derived: boolean
  /** Self-driven entry of background flows (scheduled, batch, crawler, change data capture). */
  job: boolean
  /** Outside the design's control (payment provider, the public web): never a single point of failure itself. */
  external: boolean
  /** Counts as a hop of a synchronous chain (a dns lookup and a cdn pass-through do not). */
  hop: boolean
}

export interface KindSpec {
  kind: Kind
  label: string
  description: string
  category: Category
  /** A lucide icon name; the renderer maps it to a component so core stays free of React. */
  icon: string
  /** Holds data: gets a CAP label. */
  stateful: boolean
  roles: KindRoles
  /** Words that find it in the palette search besides its label and technologies. */
  keywords: readonly string[]
  technologies: readonly TechnologySpec[]
  props: readonly PropSpec[]
  /**
   * What a new connection drawn INTO this kind means until the user says otherwise: one asks DNS, a CDN or a
   * cache only to read, one only writes to a queue or a log and does not wait for it. Absent: sync read-write.
   */
  incoming?: IncomingEdgeDefault
}

export interface IncomingEdgeDefault {
  mode: EdgeMode
  access: Access
  /** Said in the edge inspector: why a new edge to this kind starts like this. */
  reason: string
}
