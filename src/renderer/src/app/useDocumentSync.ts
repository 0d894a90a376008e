import { useEffect, useRef } from 'react'
import { serializeDesign } from '@core/design'
import type { Design } from '@core/design/types'
import { platform } from '@renderer/platform'
import { flushPendingEdit, useEditorStore, useIsDirty } from '@renderer/store'
import type { DocumentActions } from '@renderer/files'
import { createBackgroundSerializer } from './backgroundSerializer'

const BACKUP_DELAY_MS = 800

interface Change {
  seq: number
  design: Design
  fileId: string | null
}

/**
 * Keeps the window title and the document's recovery copy in step with the design: the copy is written
 * shortly after each change (and at once when the page goes away), tied to the document's file id.
 *
 * The copy's text is made in a worker (backgroundSerializer.ts), so a pause in editing a large design does not
 * cost a long task. While the text is on its way the previous copy stays; a copy that arrives after the
 * document was saved, discarded or replaced is not written; and a page that goes away meanwhile writes the
 * latest design at once, on the main thread, as it always did.
 */
export function DocumentSync({ docs }: { docs: DocumentActions }): null {
  // A component of its own: the design it follows changes at every edit, and the app's frame must not re-render
  // with it (at 1,000 cards every top-bar button, palette group and panel did, in the drop's task).
  useDocumentSync(docs)
  return null
}

export function useDocumentSync(docs: DocumentActions): void {
  const isDirty = useIsDirty()
  const design = useEditorStore((s) => s.design)
  const fileName = useEditorStore((s) => s.fileName)
  const fileId = useEditorStore((s) => s.fileId)
  /** The latest change whose copy is not written yet (timer running, or its text still in the worker). */
  const unwritten = useRef<Change | null>(null)
  /** Changes are numbered; a copy older than one already written (or cleared) is never written over it. */
  const counter = useRef({ made: 0, written: 0 })
  const last = useRef<{ fileId: string | null; isDirty: boolean } | null>(null)
  const serializer = useRef<ReturnType<typeof createBackgroundSerializer> | null>(null)

  useEffect(() => {
    docs.publishState()
  }, [docs, isDirty, design.name, fileName])

  useEffect(() => {
    const created = createBackgroundSerializer()
    serializer.current = created
    return () => {
      created.dispose()
      serializer.current = null
    }
  }, [])

  useEffect(() => {
    const previous = last.current
    last.current = { fileId, isDirty }
    const seq = ++counter.current.made
    if (!isDirty) {
      unwritten.current = null
      counter.current.written = seq
      // Undone back to what is on disk: this document's copy holds nothing the file does not.
      if (previous?.isDirty && previous.fileId === fileId) platform.saveBackup(fileId, null)
      return
    }
    const change: Change = { seq, design, fileId }
    unwritten.current = change
    const timer = setTimeout(() => {
      const write = (text: string): void => {
        // Saved, undone to clean, dropped by "Don't save", or another document since: nothing to recover.
        const state = useEditorStore.getState()
        if (state.design === state.savedDesign || state.fileId !== fileId || seq <= counter.current.written) return
        if (design === state.discardedDesign) return
        counter.current.written = seq
        platform.saveBackup(fileId, text)
        if (unwritten.current === change) unwritten.current = null
      }
      const pending = serializer.current?.serialize(design) ?? Promise.resolve(serializeDesign(design))
      // A design that cannot be serialised keeps its previous copy; Save reports the problem.
      pending.then(write, () => undefined)
    }, BACKUP_DELAY_MS)
    return () => clearTimeout(timer)
  }, [design, isDirty, fileId])

  useEffect(() => {
    // A reload, a closed tab or a window going away: the last edit must not wait for the timer or the worker.
    const flushNow = () => {
      // A drop whose commit waited for its own task is committed now, and is the latest change: the page goes away
      // before React could render it.
      const before = useEditorStore.getState().design
      const isDropped = flushPendingEdit() && useEditorStore.getState().design !== before
      const latest = useEditorStore.getState()
      const change = isDropped && latest.design !== latest.savedDesign ? { seq: ++counter.current.made, design: latest.design, fileId: latest.fileId } : unwritten.current
      if (!change) return
      unwritten.current = null
      if (change.design === useEditorStore.getState().discardedDesign) return
      counter.current.written = Math.max(counter.current.written, change.seq)
      try {
        platform.saveBackup(change.fileId, serializeDesign(change.design))
      } catch {
        // As above: the previous copy stays.
      }
    }
    window.addEventListener('pagehide', flushNow)
    return () => window.removeEventListener('pagehide', flushNow)
  }, [])
}
