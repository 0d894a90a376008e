import type { Design, Kind } from '../../../core/design/types'
import { getTechnology } from '../../../core/catalogue'

// Ids are what people read in findings and files ("postgres-1", "service-2"), so they are built from the
// technology (or the kind, when the technology is a generic one) plus the first free counter.

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

/** The first `${base}-${n}` (n >= 1) not in `taken`; adds it to `taken` so a batch never collides with itself. */
export function takeFreeId(base: string, taken: Set<string>): string {
  const safeBase = sanitizeIdBase(base)
  for (let n = 1; ; n++) {
    const id = `${safeBase}-${n}`
    if (!taken.has(id)) {
      taken.add(id)
      return id
    }
  }
}

/** An edge id that reads as "source-target" when free. */
export function takeEdgeId(source: string, target: string, taken: Set<string>): string {
  const plain = sanitizeIdBase(`${source}-${target}`)
  if (!taken.has(plain)) {
    taken.add(plain)
    return plain
  }
  return takeFreeId(plain, taken)
}

/** Keeps ids within the format's syntax (1..64 chars of [A-Za-z0-9_.:-]), leaving room for a counter. */
function sanitizeIdBase(base: string): string {
  const cleaned = base.replace(/[^A-Za-z0-9_.:-]/g, '-').slice(0, 56)
  return cleaned.length > 0 ? cleaned : 'node'
}
