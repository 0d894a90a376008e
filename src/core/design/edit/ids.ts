import type { Design, Kind } from '../types'
import { getTechnology } from '../../catalogue'

/**
 * The one id scheme. Ids are what people read in findings and files ("postgres-1", "api-orders"), so they are
 * built from a readable base plus a counter: `takeFreeId` always numbers (a new component is one of possibly
 * many: `postgres-1`, `postgres-2`), `takeFreeName` keeps the plain base when it is free and numbers the second
 * one `-2` (an edge `api-db`, then `api-db-2`; a fix's `logs`, then `logs-2`). Both stay within the format's
 * syntax (1..64 chars of [A-Za-z0-9_.:-]) and add what they return to `taken`, so a batch never collides with
 * itself.
 */

export interface TakenIds {
  has(id: string): boolean
  add?(id: string): unknown
}

export function collectIds(design: Pick<Design, 'nodes' | 'edges'>): Set<string> {
  const ids = new Set<string>()
  for (const node of design.nodes) ids.add(node.id)
  for (const edge of design.edges) ids.add(edge.id)
  return ids
}

export function getIdBase(kind: Kind, technology: string | undefined): string {
  const tech = getTechnology({ kind, technology }).id
  return tech === 'generic' ? kind : tech
}

/** The first free of `candidate(0)`, `candidate(1)`, ...: the plain base (when allowed), then `-1` or `-2` on. */
function takeFrom(base: string, taken: TakenIds, isPlainFirst: boolean): string {
  const safeBase = sanitizeIdBase(base)
  let id = isPlainFirst ? safeBase : `${safeBase}-1`
  for (let n = 2; taken.has(id); n++) id = `${safeBase}-${n}`
  taken.add?.(id)
  return id
}

/** The first `${base}-${n}` (n >= 1) not taken. */
export function takeFreeId(base: string, taken: TakenIds): string {
  return takeFrom(base, taken, false)
}

/** `base` when free, else the first `${base}-${n}` (n >= 2) not taken. */
export function takeFreeName(base: string, taken: TakenIds): string {
  return takeFrom(base, taken, true)
}

/** An edge id that reads as "source-target" when free. */
export function takeEdgeId(source: string, target: string, taken: TakenIds): string {
  return takeFreeName(`${source}-${target}`, taken)
}

/** Keeps ids within the format's syntax, leaving room for a counter. */
function sanitizeIdBase(base: string): string {
  const cleaned = base.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 56)
  return cleaned.length > 0 ? cleaned : 'node'
}
