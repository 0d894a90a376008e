import type { Kind } from '@core/design/types'
import { CATEGORY_LABELS, CATEGORY_ORDER, KIND_SPECS, type Category } from '@core/catalogue'

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

/**
 * What Enter in the search adds: the item the query names most directly, not merely the first listed. A word
 * that is a whole word of the technology counts most, then one of the kind's id or label ("service" is the
 * Service kind, not "External service" of the group listed first), then a keyword or part of a word; file
 * order breaks ties.
 */
export function pickPaletteItem(groups: readonly PaletteGroup[], query: string): PaletteItem | undefined {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const score = (item: PaletteItem): number => {
    const tech = item.techWords.split(/[\s-]+/)
    const kind = [...item.kind.split('-'), ...item.kindLabel.toLowerCase().split(/\s+/)]
    const named = item.kindLabel.toLowerCase() === words.join(' ') || item.kind === words.join('-') ? 1 : 0
    return named * 10 + words.reduce((sum, w) => sum + (tech.includes(w) ? 3 : kind.includes(w) ? 2 : 1), 0)
  }
  let best: PaletteItem | undefined
  let bestScore = -1
  for (const item of groups.flatMap((g) => g.items)) {
    const s = score(item)
    if (s > bestScore) {
      best = item
      bestScore = s
    }
  }
  return best
}
