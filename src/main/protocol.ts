/**
 * Serves the built renderer from app://bundle/ instead of file:// (a file:// page may read any local file).
 * Invariant: a request can only ever reach a file inside the renderer folder; anything else is a 404.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security'

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.archsight': 'application/json; charset=utf-8',
}

/** Must run before app 'ready': a standard, secure scheme gets a real origin, fetch and localStorage. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** The file a request maps to, or null when it is not ours or would leave the root (../, %2e%2e, \, NUL). */
export function resolveBundlePath(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  const base = resolve(root)
  const target = resolve(base, `.${pathname}`)
  const inside = relative(base, target)
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null
  return target
}

export function createBundleHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const path = resolveBundlePath(root, request.url)
    if (!path || request.method !== 'GET') return new Response('Not found', { status: 404 })
    try {
      if (!(await stat(path)).isFile()) return new Response('Not found', { status: 404 })
      const body = await readFile(path)
      return new Response(body, {
        status: 200,
        headers: {
          'content-type': MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
          'cache-control': 'no-cache',
        },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
}

export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createBundleHandler(root))
}
