/**
 * Electron main: app lifecycle and wiring. Security settings live in window.ts / security.ts / protocol.ts,
 * files in files.ts; this file only connects them in the right order (scheme before ready, handlers before
 * the window loads).
 */
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, session } from 'electron'
import { BackupStore, flushBackupsBeforeQuit } from './backups'
import { isDevBuild } from './devBuild'
import { DocumentFiles } from './files'
import { createHandlers } from './handlers'
import { registerIpcHandlers } from './ipc'
import { installMenu, sendCommandToFocusedWindow, showAbout } from './menu'
import { handleAppProtocol, registerAppScheme } from './protocol'
import { RecentFiles } from './recent'
import { getDevServerUrl, installPermissionHandlers } from './security'
import { createMainWindow, hardenWebContents } from './window'

const here = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(here, '../preload/index.cjs')
const rendererRoot = join(here, '../renderer')
// Unpackaged, out/main/ sits two levels under the repo's resources/; a missing icon just means the default one.
const iconCandidate = join(here, '../../resources/icon.png')
const iconPath = existsSync(iconCandidate) ? iconCandidate : undefined

// Every renderer sandboxed, whatever a future window forgets to set.
app.enableSandbox()
registerAppScheme()

// One instance, one window: the recovery draft and the recent list have a single writer.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  const userData = app.getPath('userData')
  const recent = new RecentFiles(join(userData, 'recent-files.json'))
  const backups = new BackupStore(join(userData, 'backups'))
  const files = new DocumentFiles(recent)
  flushBackupsBeforeQuit(app, backups)

  const openWindow = (): void => {
    let windowId = -1
    const window = createMainWindow({
      preloadPath,
      iconPath,
      onDiscardOnClose: () => void backups.discardWindow(windowId),
      onCrash: () => backups.markCrashed(windowId),
    })
    windowId = window.webContents.id
    window.on('closed', () => {
      files.forgetWindow(windowId)
      backups.forgetWindow(windowId)
    })
  }

  const refreshMenu = (): void =>
    installMenu({
      recent: recent.list(),
      isDev: isDevBuild(),
      platform: process.platform,
      sendCommand: sendCommandToFocusedWindow,
      clearRecent: () => void recent.clear(),
      showAbout,
    })

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0]
    if (window?.isMinimized()) window.restore()
    window?.focus()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })

  void app.whenReady().then(async () => {
    installPermissionHandlers(session.defaultSession)
    if (!getDevServerUrl()) handleAppProtocol(rendererRoot)
    const { invoke, send, sync } = createHandlers({ files, recent, backups })
    registerIpcHandlers(invoke, send, sync)
    await Promise.all([recent.load(), backups.load()])
    recent.onChange(refreshMenu)
    refreshMenu()
    openWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow()
    })
  })
}
