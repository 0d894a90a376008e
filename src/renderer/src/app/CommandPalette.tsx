import { Fragment, useCallback, useMemo, useRef } from 'react'
import { Search } from 'lucide-react'
import { useRevealTarget } from '@renderer/analysis'
import { useEditorServices, isCommandEnabled, formatShortcut, isMacPlatform } from '@renderer/commands'
import { useAddAtCentre } from '@renderer/canvas'
import { PALETTE_GROUPS } from '@renderer/palette'
import { useEditorStore } from '@renderer/store'
import { useComboboxList, useModalDialog } from '@renderer/ui'
import { filterEntries, GROUP_LABELS, type PaletteEntry } from './paletteEntries'
import './commandPalette.css'

const IS_MAC = isMacPlatform()

/** Ctrl/Cmd+K: every command, "Add <component>" and "Go to <node>", searchable; Enter runs the highlighted one. */
export function CommandPalette() {
  const isOpen = useEditorStore((s) => s.isCommandPaletteOpen)
  return isOpen ? <CommandPaletteBody /> : null
}

function CommandPaletteBody() {
  const ref = useRef<HTMLDialogElement>(null)
  const close = () => useEditorStore.getState().setCommandPaletteOpen(false)
  useModalDialog(ref, close)
  const entries = usePaletteEntries()
  const filter = useCallback((query: string) => filterEntries(entries, query), [entries])
  const run = (entry: PaletteEntry | undefined) => {
    if (!entry || !entry.isEnabled) return
    close()
    // After the dialog has closed and handed focus back, so a command that moves focus keeps it.
    requestAnimationFrame(() => entry.run())
  }
  const { listId, query, shown, current, inputProps, optionProps } = useComboboxList({ filter, onChoose: run })

  return (
    <dialog
      ref={ref}
      className="command-palette"
      data-testid="command-palette"
      aria-label="Command palette"
      onClick={(event) => {
        if (event.target === event.currentTarget) close()
      }}
    >
      <div className="command-palette__search">
        <Search size={15} aria-hidden="true" />
        <input
          {...inputProps}
          aria-label="Type a command, a component to add or a node to go to"
          placeholder="Type a command, a component to add, a node to go to…"
          data-testid="command-palette-input"
          data-autofocus
        />
      </div>
      <ul id={listId} role="listbox" className="command-palette__list" aria-label="Results">
        {shown.map((entry, index) => (
          <Fragment key={entry.key}>
            {(index === 0 || shown[index - 1].group !== entry.group) && (
              <li role="presentation" className="section-heading command-palette__group">
                {GROUP_LABELS[entry.group]}
              </li>
            )}
            <li
              {...optionProps(index)}
              aria-disabled={!entry.isEnabled || undefined}
              className={`list-option command-palette__item${index === current ? ' is-active' : ''}`}
              data-testid="command-palette-option"
              data-entry={entry.key}
              onClick={() => run(entry)}
            >
              <span className="command-palette__label">{entry.label}</span>
              {entry.detail && <span className="command-palette__detail">{entry.detail}</span>}
              {entry.shortcut && <kbd className="command-palette__shortcut">{entry.shortcut}</kbd>}
            </li>
          </Fragment>
        ))}
        {shown.length === 0 && <li className="command-palette__empty">Nothing matches “{query}”.</li>}
      </ul>
    </dialog>
  )
}

function usePaletteEntries(): PaletteEntry[] {
  const { commands, runCommand } = useEditorServices()
  const nodes = useEditorStore((s) => s.design.nodes)
  const addAtCentre = useAddAtCentre()
  const reveal = useRevealTarget()
  // Built when the palette opens (the body mounts then), so enabled states are those of that moment.
  return useMemo(() => {
    const commandEntries: PaletteEntry[] = commands
      .filter((c) => c.id !== 'view.commandPalette')
      .map((c) => ({
        key: c.id,
        group: 'command',
        label: c.label,
        shortcut: c.shortcut ? formatShortcut(c.shortcut, IS_MAC) : undefined,
        keywords: `${c.id} ${c.keywords ?? ''}`.toLowerCase(),
        isEnabled: isCommandEnabled(c),
        run: () => runCommand(c.id),
      }))
    const addEntries: PaletteEntry[] = PALETTE_GROUPS.flatMap((group) =>
      group.items.map((item) => ({
        key: `add:${item.key}`,
        group: 'add' as const,
        label: `Add ${item.label}`,
        detail: item.label === item.kindLabel ? undefined : item.kindLabel,
        keywords: `${item.kindWords} ${item.techWords}`,
        isEnabled: true,
        run: () => void addAtCentre(item.kind, item.technology),
      })),
    )
    const gotoEntries: PaletteEntry[] = nodes.map((node) => ({
      key: `goto:${node.id}`,
      group: 'goto',
      label: `Go to ${node.label?.trim() || node.id}`,
      detail: node.id,
      keywords: `${node.kind} ${node.technology ?? ''}`,
      isEnabled: true,
      run: () => reveal({ type: 'node', id: node.id }),
    }))
    return [...commandEntries, ...gotoEntries, ...addEntries]
  }, [commands, runCommand, nodes, addAtCentre, reveal])
}
