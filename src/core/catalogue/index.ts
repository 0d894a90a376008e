import type { DesignNode, Kind } from '../design/types'
import { KIND_SPECS } from './kinds'
import type { Category, DefaultValue, IncomingEdgeDefault, KindRoles, KindSpec, PropSpec, TechnologySpec } from './types'

export type { Category, DefaultValue, IncomingEdgeDefault, KindRoles, KindSpec, PropSpec, PropType, TechnologySpec } from './types'
export { KIND_SPECS } from './kinds'

const BY_KIND = new Map<string, KindSpec>(KIND_SPECS.map((spec) => [spec.kind, spec]))

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  edge: 'Clients and edge',
  compute: 'Compute',
  data: 'Data',
  messaging: 'Messaging',
  observability: 'Observability',
  zone: 'Zones',
}

export const CATEGORY_ORDER: readonly Category[] = ['edge', 'compute', 'data', 'messaging', 'observability', 'zone']

export function isKind(value: unknown): value is Kind {
  return typeof value === 'string' && BY_KIND.has(value)
}

export function getKindSpec(kind: Kind): KindSpec {
  const spec = BY_KIND.get(kind)
  if (!spec) throw new Error(`Unknown kind: ${kind}`)
  return spec
}

/** The node's technology, or the kind's first one when the node names none (catalogue.md). */
export function getTechnology(node: Pick<DesignNode, 'kind' | 'technology'>): TechnologySpec {
  const spec = getKindSpec(node.kind)
  return spec.technologies.find((t) => t.id === node.technology) ?? spec.technologies[0]
}

const READ_WRITE: IncomingEdgeDefault = {
  mode: 'sync',
  access: 'read-write',
  reason: 'the caller waits for the answer and may read and write',
}

/** How a new connection into a node of this kind starts (catalogue data: KindSpec.incoming). */
export function getIncomingEdgeDefault(kind: Kind): IncomingEdgeDefault {
  return BY_KIND.get(kind)?.incoming ?? READ_WRITE
}

export function getPropSpec(kind: Kind, key: string): PropSpec | undefined {
  return BY_KIND.get(kind)?.props.find((p) => p.key === key)
}

/** Props that mean something for this technology: the inspector shows these. */
export function getApplicableProps(kind: Kind, technology: string | undefined): readonly PropSpec[] {
  const tech = getTechnology({ kind, technology }).id
  return getKindSpec(kind).props.filter((p) => !p.technologies || p.technologies.includes(tech))
}

export function getDefaultValue(prop: PropSpec, technology: string, props: Readonly<Record<string, unknown>> = {}): DefaultValue {
  // A technology's own figure wins over the driver: RabbitMQ's capacity does not follow SQS's fifo flag.
  if (prop.technologyDefaults && technology in prop.technologyDefaults) return prop.technologyDefaults[technology]
  if (prop.defaultFrom) {
    const driver = props[prop.defaultFrom.prop]
    const driverSpecDefault = driver === undefined ? undefined : String(driver)
    const fromDriver = driverSpecDefault !== undefined ? prop.defaultFrom.values[driverSpecDefault] : undefined
    if (fromDriver !== undefined) return fromDriver
  }
  return prop.default
}

/** Every catalogue prop of the node with its value or default, plus any unknown keys as they are. */
export function resolveProps(node: Pick<DesignNode, 'kind' | 'technology' | 'props'>): Record<string, unknown> {
  const spec = getKindSpec(node.kind)
  const tech = getTechnology(node).id
  const given = node.props ?? {}
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(given)) out[key] = given[key]
  // Resolve drivers (non-derived props) first so a derived default sees the node's own value.
  for (const prop of spec.props) {
    if (!prop.defaultFrom && !(prop.key in given)) out[prop.key] = getDefaultValue(prop, tech, out)
  }
  for (const prop of spec.props) {
    if (prop.defaultFrom && !(prop.key in given)) out[prop.key] = getDefaultValue(prop, tech, out)
  }
  return out
}

export function isManaged(node: Pick<DesignNode, 'kind' | 'technology'>): boolean {
  return getTechnology(node).managed === true
}

export type Role = keyof KindRoles

export function hasRole(kind: Kind, role: Role): boolean {
  return getKindSpec(kind).roles[role]
}

/** The kinds that have a role, for modules that index by kind (the analysis view). */
export function getKindsWithRole(role: Role): ReadonlySet<Kind> {
  return new Set(KIND_SPECS.filter((spec) => spec.roles[role]).map((spec) => spec.kind))
}

/**
 * Stores a `mode: "replication"` edge may join (issue 8, point 16): a replica box holds a full copy of its
 * primary, which makes sense for systems of record and caches, not for brokers, indexes or log sinks.
 */
export function canReplicate(kind: Kind): boolean {
  const { roles } = getKindSpec(kind)
  return roles.durableStore || roles.cache
}

export function hasProp(kind: Kind, key: string): boolean {
  return getPropSpec(kind, key) !== undefined
}

/** Catalogue defaults for a new node of this kind and technology, every applicable prop written out. */
export function getDefaultProps(kind: Kind, technology?: string): Record<string, unknown> {
  const tech = getTechnology({ kind, technology }).id
  const out: Record<string, unknown> = {}
  for (const prop of getApplicableProps(kind, tech)) out[prop.key] = getDefaultValue(prop, tech, out)
  return out
}
