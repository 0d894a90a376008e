/**
 * What the command palette lists: every command of the table, "Add <component>" for every palette item and
 * "Go to <node>" for every node of the design, filtered by the words typed.
 */
export type EntryGroup = 'command' | 'add' | 'goto'

export interface PaletteEntry {
  key: string
  group: EntryGroup
  label: string
  /** Shown quietly after the label (the kind of a component, the id of a node). */
  detail?: string
  /** Shortcut as displayed ("Ctrl+Shift+S"). */
  shortcut?: string
  /** Lower-case words the query matches besides the label. */
  keywords?: string
  isEnabled: boolean
  run: () => void
}

export const GROUP_LABELS: Record<EntryGroup, string> = { command: 'Commands', add: 'Add component', goto: 'Go to' }
const GROUP_ORDER: Record<EntryGroup, number> = { command: 0, goto: 1, add: 2 }

/** How well an entry fits (lower is better), or null when a word of the query is missing. */
function score(entry: PaletteEntry, words: readonly string[], query: string): number | null {
  const label = entry.label.toLowerCase()
  const haystack = `${label} ${entry.detail?.toLowerCase() ?? ''} ${entry.keywords ?? ''} ${GROUP_LABELS[entry.group].toLowerCase()}`
  if (!words.every((w) => haystack.includes(w))) return null
  if (label.startsWith(query)) return 0
  // "go to orders" or "add redis": the label with its verb dropped starts with what was typed.
  if (label.split(' ').slice(1).join(' ').startsWith(query)) return 1
  if (label.split(/[\s/.,()-]+/).some((part) => part.startsWith(words[0]))) return 2
  return 3
}

/** The entries that match every typed word, best first; ties keep groups (commands, go to, add) and table order. */
export function filterEntries(entries: readonly PaletteEntry[], rawQuery: string, limit = 200): PaletteEntry[] {
  const query = rawQuery.trim().toLowerCase()
  const words = query.split(/\s+/).filter(Boolean)
  const ranked: { entry: PaletteEntry; rank: number; index: number }[] = []
  entries.forEach((entry, index) => {
    const rank = words.length === 0 ? 0 : score(entry, words, query)
    if (rank !== null) ranked.push({ entry, rank, index })
  })
  ranked.sort((a, b) => a.rank - b.rank || GROUP_ORDER[a.entry.group] - GROUP_ORDER[b.entry.group] || a.index - b.index)
  return ranked.slice(0, limit).map((r) => r.entry)
}
