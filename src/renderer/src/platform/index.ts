import type { DesktopApi } from '../../../shared/ipc'
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
