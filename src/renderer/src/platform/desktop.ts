/**
 * The Platform over window.desktop (Electron). Main owns every path: this file only forwards content,
 * names and opaque ids, and turns Electron's wrapped IPC errors back into the message main wrote.
 */
import type { DesktopApi } from '@shared/ipc'
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
    pickFile: (purpose) => unwrap(() => api.pickFile(purpose)),
    openRecent: (id) => unwrap(() => api.openRecent(id)),
    listRecent: () => unwrap(() => api.listRecent()),
    save: (content, { suggestedName, fileId }) => unwrap(() => api.saveFile(content, { saveAs: false, suggestedName, fileId })),
    saveAs: (content, suggestedName) => unwrap(() => api.saveFile(content, { saveAs: true, suggestedName, fileId: null })),
    exportFile: (request) =>
      unwrap(async () => {
        // IPC carries bytes, not Blobs: the main process writes the file.
        const data = request.data instanceof Blob ? new Uint8Array(await request.data.arrayBuffer()) : request.data
        return api.exportFile({ suggestedName: request.suggestedName, mimeType: request.mimeType, data })
      }),
    askUnsavedChanges: (message) => unwrap(() => api.askUnsavedChanges(message)),
    setDocumentState: (title, isDirty) => api.setDocumentState(title, isDirty),
    saveBackup: (fileId, content) => api.saveBackup(fileId, content),
    listBackups: () => unwrap(() => api.listBackups()),
    restoreBackup: (id) => unwrap(() => api.restoreBackup(id)),
    discardBackup: (id) => unwrap(() => api.discardBackup(id)),
    onCommand: (listener) => api.onCommand(listener),
  }
}
