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

/** The desktop shell when the preload exposed window.desktop, else the plain browser. */
function pickPlatform(): Platform {
  const desktop = (window as unknown as { desktop?: DesktopApi }).desktop
  return desktop ? createDesktopPlatform(desktop) : createBrowserPlatform()
}

let chosen: Platform | undefined

/**
 * The platform, chosen once on first use (the app's first render), not when this module loads: other folders
 * import this one through its index, and a unit test in Node that only needs a type or a helper from here must
 * not touch `window`.
 */
export const platform: Platform = new Proxy({} as Platform, {
  get(_target, key) {
    const actual = (chosen ??= pickPlatform())
    const value: unknown = Reflect.get(actual, key)
    return typeof value === 'function' ? value.bind(actual) : value
  },
})
export * from './OpenFileInput'
export * from './browser'
export * from './dialogHost'
export * from './timing'
export * from './types'
