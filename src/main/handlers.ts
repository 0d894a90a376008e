/**
 * The contract's methods, implemented: each checks its arguments (the page is untrusted input) and maps the
 * calling webContents to its window. No handler accepts a path; extra arguments are ignored.
 */
import { BrowserWindow } from 'electron'
import type { WebContents } from 'electron'
import type { DraftStore } from './drafts'
import type { DocumentFiles } from './files'
import { requireBoolean, requireObject, requireString } from './ipc'
import type { InvokeHandlers, SendHandlers, SyncHandlers } from './ipc'
import type { RecentFiles } from './recent'
import { openExternalSafely } from './security'
import { confirmDiscard, setDocumentState } from './window'

const MAX_CONTENT = 50 * 1024 * 1024
const MAX_NAME = 500

export interface Services {
  files: DocumentFiles
  recent: RecentFiles
  drafts: DraftStore
}

function getWindow(sender: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender)
}

export function createHandlers({ files, recent, drafts }: Services): {
  invoke: InvokeHandlers
  send: SendHandlers
  sync: SyncHandlers
} {
  const invoke: InvokeHandlers = {
    openFile: (event) => files.open(getWindow(event.sender), event.sender.id),
    openRecent: async (event, id) => files.openRecent(event.sender.id, requireString(id, 'Recent file id', 64)),
    listRecent: () => recent.list(),
    saveFile: async (event, content, options) => {
      const checked = requireObject(options, 'Save options')
      return files.save(getWindow(event.sender), event.sender.id, requireString(content, 'Design', MAX_CONTENT), {
        saveAs: requireBoolean(checked.saveAs, 'saveAs'),
        suggestedName: requireString(checked.suggestedName, 'Suggested name', MAX_NAME),
      })
    },
    resetCurrentFile: (event) => files.forgetWindow(event.sender.id),
    exportFile: async (event, options) => {
      const checked = requireObject(options, 'Export options')
      const data = checked.data
      if (!(data instanceof Uint8Array) && typeof data !== 'string') {
        throw new TypeError('Export data must be text or bytes')
      }
      if (data.length > 4 * MAX_CONTENT) throw new RangeError('Export is too large')
      return files.export(getWindow(event.sender), event.sender.id, {
        suggestedName: requireString(checked.suggestedName, 'Suggested name', MAX_NAME),
        mimeType: requireString(checked.mimeType, 'Type', 100),
        data,
      })
    },
    confirmDiscard: (event, message) =>
      confirmDiscard(getWindow(event.sender), requireString(message, 'Message', 1000)),
    openExternal: (_event, url) => openExternalSafely(url),
  }

  const send: SendHandlers = {
    setDocumentState: (event, title, isDirty) => {
      const window = getWindow(event.sender)
      if (window) setDocumentState(window, requireString(title, 'Title', 1000), requireBoolean(isDirty, 'isDirty'))
    },
    saveDraft: (_event, content) => {
      void drafts.save(content === null ? null : requireString(content, 'Draft', MAX_CONTENT))
    },
  }

  const sync: SyncHandlers = {
    loadDraft: () => drafts.load(),
  }

  return { invoke, send, sync }
}
