import { useCallback, useRef, useState } from 'react'
import { Clock } from 'lucide-react'
import { platform, type RecentFile } from '@renderer/platform'
import { useDismissOnOutside } from '@renderer/ui'
import { useEditorServices } from '@renderer/commands'

/** Recent files, fetched when opened; each runs `file.openRecent:<id>` like the native menu does. */
export function RecentMenu() {
  const { runCommand } = useEditorServices()
  const [items, setItems] = useState<RecentFile[] | null>(null)
  const rootRef = useRef<HTMLDivElement>(null)
  const isOpen = items !== null

  const close = useCallback(() => setItems(null), [])
  useDismissOnOutside(isOpen, rootRef, close)

  const toggle = async () => {
    if (isOpen) return setItems(null)
    try {
      setItems(await platform.listRecent())
    } catch {
      setItems([])
    }
  }

  return (
    <div className="menu-root" ref={rootRef}>
      <button
        type="button"
        className="quiet-button toolbar-button"
        title="Recent files"
        aria-label="Recent files"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        data-testid="cmd-file.openRecent"
        onClick={() => void toggle()}
      >
        <Clock size={16} />
      </button>
      {isOpen && (
        <div className="menu" role="menu">
          {items.length === 0 && <div className="menu__empty">No recent files yet</div>}
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              className="menu__item"
              onClick={() => {
                setItems(null)
                runCommand(`file.openRecent:${item.id}`)
              }}
            >
              <span>{item.name}</span>
              {item.detail && <span className="menu__detail">{item.detail}</span>}
            </button>
          ))}
        </div>
      )}
    </div>
  )
}
