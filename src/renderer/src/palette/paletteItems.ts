import type { Kind } from '../../../core/design/types'
import { CATEGORY_LABELS, CATEGORY_ORDER, KIND_SPECS, type Category } from '../../../core/catalogue'

export interface PaletteItem {
  key: string
  kind: Kind
  technology: string
  label: string
  kindLabel: string
  description: string
  managed: boolean
  /** Lower-case words the search matches against: the kind's (label, keywords) and this technology's own. */
  kindWords: string
  techWords: string
}

export interface PaletteGroup {
  category: Category
  label: string
  items: PaletteItem[]
}

/** One entry per technology of every kind, grouped by category in the catalogue's order. */
export const PALETTE_GROUPS: readonly PaletteGroup[] = CATEGORY_ORDER.map((category) => ({
  category,
  label: CATEGORY_LABELS[category],
  items: KIND_SPECS.filter((spec) => spec.category === category).flatMap((spec) =>
    spec.technologies.map((tech) => ({
      key: `${spec.kind}:${tech.id}`,
      kind: spec.kind,
      technology: tech.id,
      label: tech.label,
      kindLabel: spec.label,
      description: spec.description,
      managed: tech.managed === true,
      kindWords: [spec.kind, spec.label, CATEGORY_LABELS[category], ...spec.keywords].join(' ').toLowerCase(),
      techWords: [tech.id, tech.label].join(' ').toLowerCase(),
    })),
  ),
}))

/**
 * Every word of the query must appear in the item's words ("aws queue", "redis", "kafka"). When a word names
 * a technology ("redis", "postgres"), its siblings that match only through the kind's keywords step aside.
 */
export function filterPalette(groups: readonly PaletteGroup[], query: string): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return [...groups]
  const matches = (item: PaletteItem) => words.every((w) => item.kindWords.includes(w) || item.techWords.includes(w))
  const namesTech = (item: PaletteItem) => words.some((w) => item.techWords.includes(w))
  const kindsNamedByTech = new Set(groups.flatMap((g) => g.items.filter((i) => matches(i) && namesTech(i)).map((i) => i.kind)))
  return groups
    .map((group) => ({
      ...group,
      items: group.items.filter((item) => matches(item) && (namesTech(item) || !kindsNamedByTech.has(item.kind))),
    }))
    .filter((group) => group.items.length > 0)
}
