/**
 * platform/: The machine, through window.desktop in Electron or the browser's APIs in `npm run web`: files,
 * dialogs, recent files, backups, timing marks.
 *
 * Other folders import this folder only through this file (`@renderer/platform`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
import type { DesktopApi } from '@shared/ipc'
import { createBrowserPlatform } from './browser'
import { createDesktopPlatform } from './desktop'
import type { Platform } from './types'

export type { Platform, OpenedFile, RecentFile, BackupEntry } from './types'

/** The desktop shell when the preload exposed window.desktop, else the plain browser. Chosen once at start. */
function pickPlatform(): Platform {
  const desktop = (window as unknown as { desktop?: DesktopApi }).desktop
  return desktop ? createDesktopPlatform(desktop) : createBrowserPlatform()
}

export const platform: Platform = pickPlatform()
export * from './OpenFileInput'
export * from './browser'
export * from './dialogHost'
export * from './timing'
export * from './types'
