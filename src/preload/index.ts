/**
 * The preload: puts named functions of the contract (shared/ipc.ts) on window.desktop, nothing else.
 * Invariant: ipcRenderer and IpcRendererEvent never reach the page; each function talks on one fixed channel.
 * Built as one CommonJS file that requires only 'electron' (a sandboxed preload cannot load more).
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import { COMMAND_CHANNEL, INVOKE_CHANNELS, SEND_CHANNELS } from '../shared/ipc'
import type { DesktopApi } from '../shared/ipc'

const desktop: DesktopApi = {
  openFile: () => ipcRenderer.invoke(INVOKE_CHANNELS.openFile),
  pickFile: (purpose) => ipcRenderer.invoke(INVOKE_CHANNELS.pickFile, purpose),
  openRecent: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.openRecent, id),
  listRecent: () => ipcRenderer.invoke(INVOKE_CHANNELS.listRecent),
  saveFile: (content, options) =>
    ipcRenderer.invoke(INVOKE_CHANNELS.saveFile, content, {
      saveAs: options.saveAs,
      suggestedName: options.suggestedName,
      fileId: options.fileId,
    }),
  exportFile: (options) =>
    ipcRenderer.invoke(INVOKE_CHANNELS.exportFile, {
      suggestedName: options.suggestedName,
      mimeType: options.mimeType,
      data: options.data,
    }),
  askUnsavedChanges: (message) => ipcRenderer.invoke(INVOKE_CHANNELS.askUnsavedChanges, message),
  listBackups: () => ipcRenderer.invoke(INVOKE_CHANNELS.listBackups),
  restoreBackup: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.restoreBackup, id),
  discardBackup: (id) => ipcRenderer.invoke(INVOKE_CHANNELS.discardBackup, id),
  openExternal: (url) => ipcRenderer.invoke(INVOKE_CHANNELS.openExternal, url),
  setDocumentState: (title, isDirty) => ipcRenderer.send(SEND_CHANNELS.setDocumentState, title, isDirty),
  saveBackup: (fileId, content) => ipcRenderer.send(SEND_CHANNELS.saveBackup, fileId, content),
  onCommand: (listener) => {
    // The page gets the command id only: the event (and its `sender`) stays here.
    const forward = (_event: IpcRendererEvent, commandId: unknown): void => {
      if (typeof commandId === 'string') listener(commandId)
    }
    ipcRenderer.on(COMMAND_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(COMMAND_CHANNEL, forward)
    }
  },
}

contextBridge.exposeInMainWorld('desktop', desktop)
