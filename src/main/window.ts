/**
 * The editor window and its security baseline (Electron's checklist): sandboxed, isolated, no Node, no
 * webview, no navigation away from the app, no new windows (https links go to the system browser), and a
 * close guard while the design has unsaved changes.
 */
import { BrowserWindow, dialog, nativeTheme } from 'electron'
import type { BrowserWindowConstructorOptions, MessageBoxSyncOptions, WebContents, WebPreferences } from 'electron'
import { getRendererUrl, isSafeExternalUrl, openExternalSafely } from './security'

export interface DocumentState {
  title: string
  isDirty: boolean
}

const documentStates = new WeakMap<BrowserWindow, DocumentState>()
const hardened = new WeakSet<WebContents>()

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
  /** Called when the user chose to discard unsaved changes while closing (the recovery draft can go). */
  onDiscardOnClose?: () => void
}

export function createMainWindow({ preloadPath, iconPath, onDiscardOnClose }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(getWindowOptions(preloadPath, iconPath))
  hardenWebContents(window.webContents)
  documentStates.set(window, { title: 'Archsight', isDirty: false })
  window.once('ready-to-show', () => window.show())
  window.on('close', (event) => {
    if (!documentStates.get(window)?.isDirty) return
    // Sync on purpose: an async box plus destroy() crashes on Linux (draw.io's finding, A.3.2).
    const choice = dialog.showMessageBoxSync(window, getDiscardDialog('This design has unsaved changes.'))
    if (choice !== 1) {
      event.preventDefault()
      return
    }
    onDiscardOnClose?.()
  })
  void window.loadURL(getRendererUrl())
  return window
}

export function getDiscardDialog(message: string): MessageBoxSyncOptions {
  return {
    type: 'warning',
    title: 'Unsaved changes',
    message,
    detail: 'Your changes will be lost if you do not save them.',
    buttons: ['Cancel', 'Discard changes'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  }
}

export async function confirmDiscard(window: BrowserWindow | null, message: string): Promise<boolean> {
  const options = getDiscardDialog(message)
  const result = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options)
  return result.response === 1
}

export function setDocumentState(window: BrowserWindow, title: string, isDirty: boolean): void {
  // eslint-disable-next-line no-control-regex
  const clean = title.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 200) || 'Untitled'
  documentStates.set(window, { title: clean, isDirty })
  window.setTitle(`${isDirty ? '\u25CF ' : ''}${clean} \u2014 Archsight`)
  if (process.platform === 'darwin') window.setDocumentEdited(isDirty)
}
