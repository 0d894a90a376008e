import type { Category, IncomingEdgeDefault, KindRoles, KindSpec } from './types'

// What every entry of the catalogue has in common, written once, so each category's file reads as a table of
// the fields that differ from kind to kind.

type RoleName = keyof KindRoles

const ROLE_NAMES: readonly RoleName[] = [
  'entry',
  'passThrough',
  'router',
  'broker',
  'durableStore',
  'cache',
  'derived',
  'job',
  'external',
  'hop',
]

/** Data, messages and logs are held, so they get a CAP label; a CDN says so itself. */
const HOLDS_DATA: Readonly<Record<Category, boolean>> = {
  edge: false,
  compute: false,
  data: true,
  messaging: true,
  observability: true,
  zone: false,
}

/** A kind as its category's file writes it: roles by name, and statefulness only where the category's is wrong. */
export interface KindRow extends Omit<KindSpec, 'category' | 'stateful' | 'roles'> {
  /** The roles the kind has: every other role is false, so each kind still decides every role. */
  roles: readonly RoleName[]
  stateful?: boolean
}

export function defineKinds(category: Category, rows: readonly KindRow[]): KindSpec[] {
  return rows.map(({ kind, label, description, incoming, icon, stateful, roles, keywords, technologies, props }) => ({
    kind,
    label,
    description,
    category,
    ...(incoming ? { incoming } : {}),
    icon,
    stateful: stateful ?? HOLDS_DATA[category],
    roles: Object.fromEntries(ROLE_NAMES.map((name) => [name, roles.includes(name)])) as unknown as KindRoles,
    keywords,
    technologies,
    props,
  }))
}

/** A kind one only reads from (DNS, a CDN, a cache): a new edge into it starts as a sync read. */
export function readsOnly(reason: string): IncomingEdgeDefault {
  return { mode: 'sync', access: 'read', reason }
}

/** A kind one only sends to and does not wait for (a queue, a topic, a log): a new edge starts as an async write. */
export function writesAsync(reason: string): IncomingEdgeDefault {
  return { mode: 'async', access: 'write', reason }
}
