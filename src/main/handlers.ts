/**
 * The contract's methods, implemented: each checks its arguments (the page is untrusted input) and maps the
 * calling webContents to its window. No handler accepts a path; extra arguments are ignored.
 */
import { BrowserWindow } from 'electron'
import { LIMITS } from '../core/design'
import type { WebContents } from 'electron'
import type { BackupOwner, BackupStore } from './backups'
import type { DocumentFiles } from './files'
import { PICK_PURPOSES } from '../shared/ipc'
import { requireBoolean, requireObject, requireString } from './ipc'
import type { InvokeHandlers, SendHandlers, SyncHandlers } from './ipc'
import type { RecentFiles } from './recent'
import { openExternalSafely } from './security'
import { askUnsavedChanges, onSaveFinished, setDocumentState } from './window'

/** A design is at most LIMITS.fileBytes of UTF-8, so never more UTF-16 units than that. */
const MAX_CONTENT = LIMITS.fileBytes
const MAX_NAME = 500

export interface Services {
  files: DocumentFiles
  recent: RecentFiles
  backups: BackupStore
}

function requireFileId(value: unknown): string | null {
  return value === null ? null : requireString(value, 'File id', 64)
}

function getWindow(sender: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(sender)
}

export function createHandlers({ files, recent, backups }: Services): {
  invoke: InvokeHandlers
  send: SendHandlers
  sync: SyncHandlers
} {
  const invoke: InvokeHandlers = {
    openFile: (event) => files.open(getWindow(event.sender), event.sender.id),
    pickFile: async (event, purpose) => {
      const known = PICK_PURPOSES.find((p) => p === purpose)
      if (!known) throw new TypeError('Unknown file purpose')
      return files.pick(getWindow(event.sender), event.sender.id, known)
    },
    openRecent: async (event, id) => files.openRecent(event.sender.id, requireString(id, 'Recent file id', 64)),
    listRecent: () => recent.list(),
    saveFile: async (event, content, options) => {
      const checked = requireObject(options, 'Save options')
      const window = getWindow(event.sender)
      const saving = files.save(window, event.sender.id, requireString(content, 'Design', MAX_CONTENT), {
        saveAs: requireBoolean(checked.saveAs, 'saveAs'),
        suggestedName: requireString(checked.suggestedName, 'Suggested name', MAX_NAME),
        fileId: requireFileId(checked.fileId),
      })
      // A close waiting on "Save" goes ahead only when the save did.
      const result = await saving.catch((error: unknown) => {
        if (window) onSaveFinished(window, false)
        throw error
      })
      if (window) onSaveFinished(window, result !== null)
      return result
    },
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
    askUnsavedChanges: (event, message) =>
      askUnsavedChanges(getWindow(event.sender), requireString(message, 'Message', 1000)),
    listBackups: () => backups.list(),
    restoreBackup: async (event, id) => {
      const { envelope, name } = await backups.restore(event.sender.id, requireString(id, 'Backup id', 64))
      const fileId = envelope.file ? files.issueFileId(event.sender.id, envelope.file) : null
      return { name, content: envelope.content, fileId }
    },
    discardBackup: (_event, id) => backups.discard(requireString(id, 'Backup id', 64)),
    openExternal: (_event, url) => openExternalSafely(url),
  }

  const send: SendHandlers = {
    setDocumentState: (event, title, isDirty) => {
      const window = getWindow(event.sender)
      if (window) setDocumentState(window, requireString(title, 'Title', 1000), requireBoolean(isDirty, 'isDirty'))
    },
    saveBackup: (event, fileId, content) => {
      // Too large a copy is refused here (the exception is logged) and the previous copy stays: never dropped.
      const checked = content === null ? null : requireString(content, 'Backup', MAX_CONTENT)
      const file = files.getFile(event.sender.id, requireFileId(fileId))
      const owner: BackupOwner = file ? { file } : { untitled: true }
      void backups.save(event.sender.id, owner, checked)
    },
  }

  const sync: SyncHandlers = {}

  return { invoke, send, sync }
}
