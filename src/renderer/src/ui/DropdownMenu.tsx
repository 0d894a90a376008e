import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react'
import { useDismissOnOutside } from './useDismissOnOutside'

export interface MenuEntry {
  id: string
  label: string
  detail?: string
  testId: string
  isChecked?: boolean
  onSelect: () => void
}

interface Props {
  /** The button that opens the menu. */
  trigger: { label: string; testId: string; content: ReactNode; className?: string }
  entries: readonly MenuEntry[]
  align?: 'left' | 'right'
}

/** A small top-bar menu (the app's .menu look): closes on Escape, on a click outside and after a choice. */
export function DropdownMenu({ trigger, entries, align = 'left' }: Props) {
  const [isOpen, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)

  const close = useCallback(() => setOpen(false), [])
  useDismissOnOutside(isOpen, rootRef, close)

  useEffect(() => {
    // Put the keyboard on the first entry, as native menus do.
    if (isOpen) rootRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"], [role="menuitemradio"]')?.focus()
  }, [isOpen])

  return (
    <div className="menu-root" ref={rootRef}>
      <button
        type="button"
        className={`quiet-button toolbar-button${trigger.className ? ` ${trigger.className}` : ''}`}
        title={trigger.label}
        aria-label={trigger.label}
        ref={triggerRef}
        aria-haspopup="menu"
        aria-expanded={isOpen}
        data-testid={trigger.testId}
        onClick={() => setOpen(!isOpen)}
      >
        {trigger.content}
      </button>
      {isOpen && (
        <div className={`menu${align === 'right' ? ' menu--right' : ''}`} role="menu">
          {entries.map((entry) => (
            <button
              key={entry.id}
              type="button"
              role={entry.isChecked === undefined ? 'menuitem' : 'menuitemradio'}
              aria-checked={entry.isChecked}
              className={`menu__item${entry.isChecked ? ' is-checked' : ''}`}
              data-testid={entry.testId}
              onClick={() => {
                // Back to the menu's button first, as a native menu does when it closes: a dialog the entry opens
                // gives the focus back there (the entry itself is gone by then).
                triggerRef.current?.focus()
                setOpen(false)
                entry.onSelect()
              }}
            >
              <span>{entry.label}</span>
              {entry.detail && <span className="menu__detail">{entry.detail}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
