/**
 * Who main trusts: the one origin the renderer is served from (app://bundle, or the electron-vite dev server in a development build, devBuild.ts),
 * only its top frame, and only https: links handed to the system browser. Everything else is refused.
 */
import { shell } from 'electron'
import { getDevServerUrl } from './devBuild'
import type { Session, WebFrameMain } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Sent as a header by the app:// handler (a <meta> tag cannot carry frame-ancestors). Inline styles stay
 * allowed because React Flow positions nodes with style attributes; scripts are bundle-only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ')

export { getDevServerUrl }

/** The URL the window loads. */
export function getRendererUrl(): string {
  return getDevServerUrl() ?? APP_URL
}

/**
 * Scheme + host + port. Node's URL gives origin "null" for non-special schemes such as app:, so comparing
 * `.origin` would make every app:// URL equal; compare the parts instead, after a real parse.
 */
function getOriginKey(url: string): string | null {
  try {
    const parsed = new URL(url)
    if (parsed.username || parsed.password) return null
    return `${parsed.protocol}//${parsed.host}`
  } catch {
    return null
  }
}

export function isTrustedUrl(url: string): boolean {
  const key = getOriginKey(url)
  return key !== null && key === getOriginKey(getRendererUrl())
}

/** Only the top frame of our own page may call main: no null frame, no sub-frame, no other origin. */
export function isTrustedSender(frame: WebFrameMain | null | undefined): boolean {
  if (!frame) return false
  if (frame.parent !== null) return false
  return isTrustedUrl(frame.url)
}

/** https: only, parsed, no credentials: file:, smb:, javascript:, custom schemes and plain http: are refused. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2048) return false
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.hostname.length > 0 && !parsed.username && !parsed.password
  } catch {
    return false
  }
}

export async function openExternalSafely(url: unknown): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  await shell.openExternal(url)
  return true
}

/**
 * Electron grants every permission unless told otherwise. Deny all of them; the one exception is the
 * sanitized clipboard write (navigator.clipboard.writeText for Copy) from our own page. Clipboard reads stay
 * denied: Paste uses the page's paste event, which needs no permission.
 */
export function isPermissionAllowed(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isTrustedUrl(requestingUrl)
}

export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? webContents?.getURL() ?? ''))
  })
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  )
}
