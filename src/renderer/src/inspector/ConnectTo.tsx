import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { Cable } from 'lucide-react'
import { useShallow } from 'zustand/react/shallow'
import { getKindSpec } from '@core/catalogue'
import { useEditorStore } from '@renderer/store'
import { KindIcon, useComboboxList } from '@renderer/ui'

interface Target {
  id: string
  name: string
  kind: string
  technology?: string
  isConnected: boolean
}

/**
 * "Connect to…": the keyboard's way to draw an edge. A searchable list of the other components; choosing one
 * adds the edge from this node (defaults from the target's kind) and selects it, like a drag between handles.
 */
export function ConnectTo({ nodeId }: { nodeId: string }) {
  const [isOpen, setOpen] = useState(false)
  const buttonRef = useRef<HTMLButtonElement>(null)
  const isRequested = useEditorStore((s) => s.isConnectRequested)
  // The "Connect to…" command (menu, command palette) opens the picker of the selected node, also when it
  // had to unfold the inspector first (this component then mounts with the request already set).
  useEffect(() => {
    if (!isRequested) return
    useEditorStore.getState().requestConnect(false)
    setOpen(true)
  }, [isRequested])

  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) requestAnimationFrame(() => buttonRef.current?.focus())
  }
  return (
    <div className="connect-to">
      <button
        ref={buttonRef}
        type="button"
        className="button connect-to__button"
        data-testid="connect-to"
        aria-expanded={isOpen}
        onClick={() => setOpen(!isOpen)}
      >
        <Cable size={14} aria-hidden="true" /> Connect to…
      </button>
      {isOpen && <TargetPicker nodeId={nodeId} onDone={close} />}
    </div>
  )
}

function TargetPicker({ nodeId, onDone }: { nodeId: string; onDone: (refocus: boolean) => void }) {
  const rows = useEditorStore(
    useShallow((s) => {
      const connected = new Set(s.design.edges.filter((e) => e.source === nodeId).map((e) => e.target))
      return s.design.nodes
        .filter((n) => n.id !== nodeId && n.kind !== 'zone')
        .map((n) => [n.id, n.label?.trim() || n.id, n.kind, n.technology ?? '', connected.has(n.id) ? '1' : ''].join('\u0000'))
    }),
  )
  const targets = useMemo<Target[]>(
    () =>
      rows.map((row) => {
        const [id, name, kind, technology, connected] = row.split('\u0000')
        return { id, name, kind, technology: technology || undefined, isConnected: connected === '1' }
      }),
    [rows],
  )
  const filter = useCallback(
    (query: string) => {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean)
      return targets.filter((t) => {
        const text = `${t.name} ${t.id} ${getKindSpec(t.kind as never).label} ${t.technology ?? ''}`.toLowerCase()
        return words.every((w) => text.includes(w))
      })
    },
    [targets],
  )
  const choose = (target: Target | undefined) => {
    if (!target) return
    onDone(false)
    useEditorStore.getState().addEdge(nodeId, target.id)
  }
  const onOtherKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Escape') return
    // Closes the picker only: the selection (and the inspector) stay.
    event.preventDefault()
    event.nativeEvent.stopImmediatePropagation()
    onDone(true)
  }
  const { listId, query, shown, current, inputProps, optionProps } = useComboboxList({ filter, onChoose: choose, onOtherKey })

  if (targets.length === 0) {
    return (
      <p className="connect-to__empty" role="status">
        Add another component first: there is nothing to connect to yet.
      </p>
    )
  }
  return (
    <div className="connect-to__picker">
      <input
        {...inputProps}
        aria-label="Find the component to connect to"
        placeholder="Find a component…"
        data-testid="connect-search"
        autoFocus
        onBlur={(event) => {
          if (!event.currentTarget.parentElement?.contains(event.relatedTarget as Node | null)) onDone(false)
        }}
      />
      <ul id={listId} role="listbox" className="connect-to__list" aria-label="Components">
        {shown.map((target, index) => (
          <li
            key={target.id}
            {...optionProps(index)}
            className={`list-option connect-to__option${index === current ? ' is-active' : ''}`}
            data-testid="connect-option"
            data-node-id={target.id}
            // Keeps the focus in the field, so the blur above does not close the list before the click lands.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(target)}
          >
            <KindIcon kind={target.kind as never} technology={target.technology} size={14} />
            <span className="connect-to__name">{target.name}</span>
            <span className="connect-to__detail">{target.isConnected ? 'connected' : target.id}</span>
          </li>
        ))}
        {shown.length === 0 && <li className="connect-to__none">No component matches “{query}”.</li>}
      </ul>
    </div>
  )
}
