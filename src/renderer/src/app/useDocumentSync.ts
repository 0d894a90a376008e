import { useEffect, useRef } from 'react'
import { serializeDesign } from '@core/design'
import { platform } from '@renderer/platform'
import { useEditorStore, useIsDirty } from '@renderer/store'
import type { DocumentActions } from '@renderer/files'

const BACKUP_DELAY_MS = 800

/**
 * Keeps the window title and the document's recovery copy in step with the design: the copy is written
 * shortly after each change (and at once when the page goes away), tied to the document's file id.
 */
export function useDocumentSync(docs: DocumentActions): void {
  const isDirty = useIsDirty()
  const design = useEditorStore((s) => s.design)
  const fileName = useEditorStore((s) => s.fileName)
  const fileId = useEditorStore((s) => s.fileId)
  const pending = useRef<(() => void) | null>(null)
  const last = useRef<{ fileId: string | null; isDirty: boolean } | null>(null)

  useEffect(() => {
    docs.publishState()
  }, [docs, isDirty, design.name, fileName])

  useEffect(() => {
    const previous = last.current
    last.current = { fileId, isDirty }
    if (!isDirty) {
      // Undone back to what is on disk: this document's copy holds nothing the file does not.
      if (previous?.isDirty && previous.fileId === fileId) platform.saveBackup(fileId, null)
      return
    }
    const flush = () => {
      pending.current = null
      try {
        platform.saveBackup(fileId, serializeDesign(design))
      } catch {
        // A design that cannot be serialised keeps its previous copy; Save reports the problem.
      }
    }
    pending.current = flush
    const timer = setTimeout(flush, BACKUP_DELAY_MS)
    return () => {
      clearTimeout(timer)
      if (pending.current === flush) pending.current = null
    }
  }, [design, isDirty, fileId])

  useEffect(() => {
    // A reload, a closed tab or a window going away: the last edit must not wait for the timer.
    const flushNow = () => pending.current?.()
    window.addEventListener('pagehide', flushNow)
    return () => window.removeEventListener('pagehide', flushNow)
  }, [])
}
