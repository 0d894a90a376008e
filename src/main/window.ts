/**
 * The editor window and its security baseline (Electron's checklist): sandboxed, isolated, no Node, no
 * webview, no navigation away from the app, no new windows (https links go to the system browser), and a
 * close guard while the design has unsaved changes.
 */
import { BrowserWindow, dialog, nativeTheme } from 'electron'
import type { BrowserWindowConstructorOptions, MessageBoxSyncOptions, WebContents, WebPreferences } from 'electron'
import { COMMAND_CHANNEL, formatWindowTitle } from '../shared/ipc'
import type { UnsavedChoice } from '../shared/ipc'
import { getRendererUrl, isSafeExternalUrl, openExternalSafely } from './security'

export interface DocumentState {
  title: string
  isDirty: boolean
}

const documentStates = new WeakMap<BrowserWindow, DocumentState>()
const hardened = new WeakSet<WebContents>()
/** Windows whose renderer is gone: their document state is stale and their recovery copy must survive. */
const crashedWindows = new WeakSet<BrowserWindow>()
/** Windows whose close waits for the Save the user chose in the close prompt. */
const closingAfterSave = new WeakSet<BrowserWindow>()

export function getSecureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    disableBlinkFeatures: 'Auxclick',
  }
}

export function getWindowOptions(preloadPath: string, iconPath?: string): BrowserWindowConstructorOptions {
  return {
    ...(iconPath ? { icon: iconPath } : {}),
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: 'Archsight',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1e1e' : '#ffffff',
    webPreferences: getSecureWebPreferences(preloadPath),
  }
}

/** Applied to every webContents the app creates (see index.ts 'web-contents-created'); idempotent. */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return
  hardened.add(contents)
  // The page never leaves the bundle: links and location changes are refused, not followed.
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-frame-navigate', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void openExternalSafely(url)
    return { action: 'deny' }
  })
}

export interface MainWindowOptions {
  preloadPath: string
  /** The window icon on Linux and Windows (macOS takes it from the bundle). */
  iconPath?: string
  /** The user chose "Don't Save" while closing: the recovery copy of this window's document can go. */
  onDiscardOnClose?: () => void
  /** The renderer crashed: keep (and on reload, restore) what it last backed up. */
  onCrash?: () => void
}

export function createMainWindow({ preloadPath, iconPath, onDiscardOnClose, onCrash }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(getWindowOptions(preloadPath, iconPath))
  hardenWebContents(window.webContents)
  documentStates.set(window, { title: 'Archsight', isDirty: false })
  window.once('ready-to-show', () => window.show())
  window.on('close', (event) => {
    // A crashed page cannot save, and its state is stale: close without asking, keeping the recovery copy.
    if (crashedWindows.has(window) || !documentStates.get(window)?.isDirty) return
    // Sync on purpose: an async box plus destroy() crashes on Linux (draw.io's finding, A.3.2).
    const state = documentStates.get(window)
    const choice = toUnsavedChoice(dialog.showMessageBoxSync(window, getUnsavedDialog(describeUnsaved(state?.title))))
    if (choice === 'discard') {
      onDiscardOnClose?.()
      return
    }
    event.preventDefault()
    if (choice === 'save') {
      closingAfterSave.add(window)
      window.webContents.send(COMMAND_CHANNEL, 'file.save')
    }
  })
  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    crashedWindows.add(window)
    closingAfterSave.delete(window)
    onCrash?.()
    void offerReload(window)
  })
  void window.loadURL(getRendererUrl())
  return window
}

/** After a crash: reload with the recovery copy restored, or close (the copy comes back at the next start). */
async function offerReload(window: BrowserWindow): Promise<void> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'error',
    title: 'Archsight stopped',
    message: 'The editor stopped unexpectedly.',
    detail:
      'Your unsaved changes are kept in a recovery copy. Reload to continue where you left off; if you close ' +
      'the window instead, Archsight offers the copy the next time it starts.',
    buttons: ['Reload', 'Close Window'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  })
  if (window.isDestroyed()) return
  if (response === 0) {
    crashedWindows.delete(window)
    documentStates.set(window, { title: 'Archsight', isDirty: false })
    window.webContents.reload()
  } else {
    window.close()
  }
}

/** Called when a save asked for by the renderer ends: a close waiting on it goes ahead only if it saved. */
export function onSaveFinished(window: BrowserWindow, isSaved: boolean): void {
  if (!closingAfterSave.delete(window)) return
  if (!isSaved || window.isDestroyed()) return
  const state = documentStates.get(window)
  documentStates.set(window, { title: state?.title ?? 'Archsight', isDirty: false })
  window.close()
}

export function isCrashed(window: BrowserWindow): boolean {
  return crashedWindows.has(window)
}

function describeUnsaved(title: string | undefined): string {
  return title && title !== 'Archsight' ? `Save the changes to ${title}?` : 'Save the changes to this design?'
}

/** Save, Don't Save, Cancel, as every desktop editor asks; Save is the default, Cancel what Escape does. */
export function getUnsavedDialog(message: string): MessageBoxSyncOptions {
  return {
    type: 'warning',
    title: 'Unsaved changes',
    message,
    detail: "Your changes will be lost if you don't save them.",
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  }
}

function toUnsavedChoice(response: number): UnsavedChoice {
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel'
}

export async function askUnsavedChanges(window: BrowserWindow | null, message: string): Promise<UnsavedChoice> {
  const options = getUnsavedDialog(message)
  const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
  return toUnsavedChoice(result.response)
}

export function setDocumentState(window: BrowserWindow, title: string, isDirty: boolean): void {
  documentStates.set(window, { title, isDirty })
  window.setTitle(formatWindowTitle(title, isDirty))
  if (process.platform === 'darwin') window.setDocumentEdited(isDirty)
}
