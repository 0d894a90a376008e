import { memo } from 'react'
import { ChevronRight } from 'lucide-react'
import { KindIcon } from '@renderer/ui'
import { writePaletteDrag } from '@renderer/canvas'
import type { PaletteGroup, PaletteItem } from './paletteItems'

interface Props {
  group: PaletteGroup
  isOpen: boolean
  /** While searching every group is open: the headers step out of the Tab order so Tab reaches the results. */
  isSearching: boolean
  onToggle: () => void
  onAdd: (item: PaletteItem) => void
}

export const PaletteGroupSection = memo(function PaletteGroupSection({ group, isOpen, isSearching, onToggle, onAdd }: Props) {
  const listId = `palette-group-${group.category}`
  return (
    <section className={`palette-group cat-${group.category}`}>
      <button
        type="button"
        className="section-heading palette-group__header"
        tabIndex={isSearching ? -1 : undefined}
        aria-expanded={isOpen} aria-controls={listId} onClick={onToggle}>
        <ChevronRight size={12} className="palette-group__chevron" aria-hidden="true" />
        <span>{group.label}</span>
        <span className="palette-group__count">{group.items.length}</span>
      </button>
      {isOpen && (
        <ul id={listId} className="palette-group__items">
          {group.items.map((item) => (
            <li key={item.key}>
              <button
                type="button"
                className="palette-item"
                draggable
                data-testid="palette-item"
                data-kind={item.kind}
                data-technology={item.technology}
                title={`${item.description}${item.managed ? ' (managed: replicated by the provider)' : ''}. Drag onto the canvas, or press Enter to add.`}
                onDragStart={(event) => writePaletteDrag(event.dataTransfer, { kind: item.kind, technology: item.technology })}
                onClick={() => onAdd(item)}
              >
                <span className="kind-tile kind-tile--small">
                  <KindIcon kind={item.kind} technology={item.technology} size={16} />
                </span>
                <span className="palette-item__label">{item.label}</span>
                {item.label !== item.kindLabel && <span className="palette-item__kind">{item.kindLabel}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
})
