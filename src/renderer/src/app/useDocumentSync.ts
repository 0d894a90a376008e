import { useEffect } from 'react'
import { parseDesign, createEmptyDesign, serializeDesign } from '../../../core/design'
import { platform } from '../platform'
import { useEditorStore, useIsDirty } from '../store'
import type { DocumentActions } from '../files/documentActions'

const DRAFT_DELAY_MS = 800

/** Keeps the window title and the recovery draft in step with the document. */
export function useDocumentSync(docs: DocumentActions): void {
  const isDirty = useIsDirty()
  const design = useEditorStore((s) => s.design)
  const fileName = useEditorStore((s) => s.fileName)

  useEffect(() => {
    docs.publishState()
  }, [docs, isDirty, design.name, fileName])

  useEffect(() => {
    if (!isDirty) {
      platform.saveDraft(null)
      return
    }
    const timer = setTimeout(() => platform.saveDraft(serializeDesign(design)), DRAFT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [design, isDirty])
}

/**
 * On start, a draft left by a crash or a closed tab comes back as it was (unsaved, so it still asks before
 * being discarded), with a notice that offers to throw it away.
 */
export function restoreDraft(): void {
  const text = platform.loadDraft()
  if (!text) return
  const result = parseDesign(text)
  if (!result.ok) {
    platform.saveDraft(null)
    return
  }
  const store = useEditorStore
  store.setState({ design: result.design, savedDesign: createEmptyDesign(), fileName: null })
  store.getState().clearHistory()
  store.getState().showNotice({
    message: `Restored your unsaved design “${result.design.name}”.`,
    actionLabel: 'Discard',
    action: () => {
      store.getState().loadDesign(createEmptyDesign(), null)
      platform.saveDraft(null)
    },
  })
}
