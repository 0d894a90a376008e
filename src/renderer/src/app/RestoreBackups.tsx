import { useCallback, useEffect, useRef, useState } from 'react'
import { createEmptyDesign, parseDesign } from '@core/design'
import { platform, type BackupEntry } from '@renderer/platform'
import { useEditorStore } from '@renderer/store'
import { ModalDialog } from '@renderer/ui'
import { useEditorServices } from '@renderer/commands'
import './restore.css'

/**
 * Unsaved work left by an earlier session or a crash, offered back once at start: Restore or Discard per
 * document (VS Code's hot exit). A copy from a window that crashed comes back without asking. Nothing is
 * deleted unless the user presses Discard; closing the dialog keeps every copy for next time.
 */
export function RestoreBackups() {
  const { docs } = useEditorServices()
  const [entries, setEntries] = useState<BackupEntry[]>([])
  // Listed once per page: listing moves unreadable copies aside, and a crash copy must be restored once.
  const hasListed = useRef(false)

  const restore = useCallback(
    async (entry: BackupEntry) => {
      if (!(await docs.mayReplace())) return
      const store = useEditorStore.getState()
      try {
        const copy = await platform.restoreBackup(entry.id)
        const parsed = parseDesign(copy.content)
        if (!parsed.ok) {
          store.setLoadError(
            `The recovery copy of ${copy.name} could not be read: ${parsed.error.message}. It is kept; discard it ` +
              'from the list of unsaved work when you no longer need it.',
          )
          return
        }
        store.loadDesign(parsed.design, copy.fileId ? copy.name : null, copy.fileId)
        // Still unsaved: it differs from the file (or there is no file), so it asks before it is dropped.
        useEditorStore.setState({ savedDesign: createEmptyDesign() })
        store.setLoadError(null)
        store.showNotice({ message: `Restored your unsaved design “${parsed.design.name}”.` })
        setEntries((list) => list.filter((e) => e.id !== entry.id))
      } catch (error) {
        store.setLoadError(error instanceof Error ? error.message : String(error))
      }
    },
    [docs],
  )

  useEffect(() => {
    if (hasListed.current) return
    hasListed.current = true
    void platform.listBackups().then(
      (list) => {
        const fromCrash = list.find((e) => e.isFromCrash)
        if (fromCrash) void restore(fromCrash)
        setEntries(list.filter((e) => e !== fromCrash))
      },
      () => undefined,
    )
  }, [restore])

  const discard = async (entry: BackupEntry) => {
    try {
      await platform.discardBackup(entry.id)
      setEntries((list) => list.filter((e) => e.id !== entry.id))
    } catch (error) {
      useEditorStore.getState().setLoadError(error instanceof Error ? error.message : String(error))
    }
  }

  if (entries.length === 0) return null
  return (
    <ModalDialog
      title="Unsaved work from last time"
      subtitle="Archsight kept these designs when it last closed without saving them."
      testId="restore-dialog"
      className="restore-dialog"
      onClose={() => setEntries([])}
      footer={
        <button type="button" className="button" data-testid="restore-later" onClick={() => setEntries([])}>
          Decide later
        </button>
      }
    >
      <ul className="restore-list">
        {entries.map((entry) => (
          <li key={entry.id} className="restore-item" data-testid="backup-item">
            <div className="restore-item__text">
              <strong>{entry.name}</strong>
              <span className="restore-item__detail">{entry.detail}</span>
            </div>
            {!entry.isUnreadable && (
              <button
                type="button"
                className="button button--primary"
                data-testid="backup-restore"
                aria-label={`Restore ${entry.name}`}
                data-autofocus
                onClick={() => void restore(entry)}
              >
                Restore
              </button>
            )}
            <button
              type="button"
              className="button"
              data-testid="backup-discard"
              aria-label={`Discard ${entry.name}`}
              onClick={() => void discard(entry)}
            >
              Discard
            </button>
          </li>
        ))}
      </ul>
    </ModalDialog>
  )
}
