import type { DesktopApi } from '../shared/ipc'

declare global {
  interface Window {
    /** Present only under Electron (src/preload/index.ts); the browser build has no `desktop`. */
    desktop?: DesktopApi
  }
}

export {}
