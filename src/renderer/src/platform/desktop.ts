/**
 * The Platform over window.desktop (Electron). Main owns every path: this file only forwards content,
 * names and opaque ids, and turns Electron's wrapped IPC errors back into the message main wrote.
 */
import type { DesktopApi } from '../../../shared/ipc'
import type { Platform } from './types'

/** Electron rejects invoke() with "Error invoking remote method 'ch': Error: <message>"; keep <message>. */
export function getIpcErrorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error)
  return raw.replace(/^Error invoking remote method '[^']*': (?:[A-Za-z]*Error: )?/, '')
}

async function unwrap<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw new Error(getIpcErrorMessage(error), { cause: error })
  }
}

export function createDesktopPlatform(api: DesktopApi): Platform {
  return {
    kind: 'desktop',
    open: () => unwrap(() => api.openFile()),
    openRecent: (id) => unwrap(() => api.openRecent(id)),
    listRecent: () => unwrap(() => api.listRecent()),
    save: (content, suggestedName) => unwrap(() => api.saveFile(content, { saveAs: false, suggestedName })),
    saveAs: (content, suggestedName) => unwrap(() => api.saveFile(content, { saveAs: true, suggestedName })),
    resetCurrentFile: () => unwrap(() => api.resetCurrentFile()),
    exportFile: (request) =>
      unwrap(() =>
        api.exportFile({ suggestedName: request.suggestedName, mimeType: request.mimeType, data: request.data }),
      ),
    confirmDiscard: (message) => unwrap(() => api.confirmDiscard(message)),
    setDocumentState: (title, isDirty) => api.setDocumentState(title, isDirty),
    saveDraft: (content) => api.saveDraft(content),
    loadDraft: () => api.loadDraft(),
    onCommand: (listener) => api.onCommand(listener),
  }
}
