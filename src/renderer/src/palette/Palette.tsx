import { useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { Search, X } from 'lucide-react'
import { useAddAtCentre } from '@renderer/canvas'
import { filterPalette, PALETTE_GROUPS, pickPaletteItem, type PaletteItem } from './paletteItems'
import { PaletteGroupSection } from './PaletteGroupSection'

/** The component library: search on top, collapsible groups; drag an item onto the canvas, or Enter to add it. */
export function Palette() {
  const [query, setQuery] = useState('')
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set())
  const listRef = useRef<HTMLDivElement>(null)
  const addAtCentre = useAddAtCentre()
  const groups = useMemo(() => filterPalette(PALETTE_GROUPS, query), [query])
  const isSearching = query.trim().length > 0

  const add = (item: PaletteItem) => addAtCentre(item.kind, item.technology)
  const focusItem = (offset: number) => {
    const items = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-testid="palette-item"]') ?? [])]
    const index = items.indexOf(document.activeElement as HTMLElement)
    const next = items[index < 0 ? 0 : Math.min(items.length - 1, Math.max(0, index + offset))]
    next?.focus()
  }
  const onSearchKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      focusItem(0)
    } else if (event.key === 'Enter' && pickPaletteItem(groups, query)) {
      event.preventDefault()
      add(pickPaletteItem(groups, query) as PaletteItem)
    } else if (event.key === 'Escape' && query) {
      event.preventDefault()
      setQuery('')
    }
  }
  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      focusItem(event.key === 'ArrowDown' ? 1 : -1)
    }
  }
  const toggle = (category: string) =>
    setCollapsed((current) => {
      const next = new Set(current)
      if (next.has(category)) next.delete(category)
      else next.add(category)
      return next
    })

  return (
    <aside className="palette" aria-label="Components">
      <div className="palette__search">
        <Search size={14} aria-hidden="true" className="palette__search-icon" />
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
          placeholder="Search components"
          aria-label="Search components"
          data-testid="palette-search"
          spellCheck={false}
        />
        {query && (
          <button type="button" tabIndex={-1} className="quiet-button icon-button palette__clear" onClick={() => setQuery('')} aria-label="Clear search">
            <X size={12} />
          </button>
        )}
      </div>
      <div className="palette__list" ref={listRef} onKeyDown={onListKey}>
        {groups.map((group) => (
          <PaletteGroupSection
            key={group.category}
            group={group}
            isOpen={isSearching || !collapsed.has(group.category)}
            isSearching={isSearching}
            onToggle={() => toggle(group.category)}
            onAdd={add}
          />
        ))}
        {groups.length === 0 && <p className="palette__empty">No component matches “{query}”.</p>}
      </div>
      <p className="palette__hint">Drag onto the canvas, or press Enter to add in the middle.</p>
    </aside>
  )
}
