import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { isPackaged: true },
  shell: { openExternal: vi.fn(async () => undefined) },
}))
vi.mock('electron', () => electron)

const { installPermissionHandlers, isSafeExternalUrl, isTrustedSender, openExternalSafely, getRendererUrl } =
  await import('./security')

type Frame = Parameters<typeof isTrustedSender>[0]
const topFrame = (url: string) => ({ url, parent: null }) as unknown as Frame
const subFrame = (url: string) => ({ url, parent: topFrame(url) }) as unknown as Frame

beforeEach(() => {
  electron.app.isPackaged = true
  vi.unstubAllGlobals()
  delete process.env.ELECTRON_RENDERER_URL
  electron.shell.openExternal.mockClear()
})
afterEach(() => {
  delete process.env.ELECTRON_RENDERER_URL
})

describe('isTrustedSender', () => {
  it('accepts the top frame of app://bundle', () => {
    expect(isTrustedSender(topFrame('app://bundle/index.html'))).toBe(true)
    expect(isTrustedSender(topFrame('app://bundle/index.html#/x?y=1'))).toBe(true)
  })

  it.each([
    ['a lookalike host', 'app://bundle.evil/index.html'],
    ['another app host', 'app://evil/index.html'],
    ['credentials that hide the host', 'app://bundle@evil/index.html'],
    ['file:', 'file:///work/out/renderer/index.html'],
    ['the dev server when not in dev', 'http://localhost:5173/'],
    ['https', 'https://bundle/index.html'],
    ['about:blank', 'about:blank'],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('rejects %s', (_name, url) => {
    expect(isTrustedSender(topFrame(url))).toBe(false)
  })

  it('rejects a null or missing frame', () => {
    expect(isTrustedSender(null)).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
  })

  it('rejects a sub-frame even of our own origin', () => {
    expect(isTrustedSender(subFrame('app://bundle/index.html'))).toBe(false)
  })

  it('trusts exactly the dev server origin in a development build', () => {
    vi.stubGlobal('__ARCHSIGHT_DEV__', true)
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    expect(getRendererUrl()).toBe('http://localhost:5173')
    expect(isTrustedSender(topFrame('http://localhost:5173/src/main.tsx'))).toBe(true)
    expect(isTrustedSender(topFrame('http://localhost:5174/'))).toBe(false)
    expect(isTrustedSender(topFrame('http://localhost.evil:5173/'))).toBe(false)
    expect(isTrustedSender(topFrame('app://bundle/index.html'))).toBe(false)
  })

  it('ignores ELECTRON_RENDERER_URL in a built app, packaged or not (issue 9, item 17)', () => {
    electron.app.isPackaged = false // `npm start`: a production build, run unpackaged
    vi.stubGlobal('__ARCHSIGHT_DEV__', false)
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173'
    expect(getRendererUrl()).toBe('app://bundle/index.html')
    expect(isTrustedSender(topFrame('http://localhost:5173/'))).toBe(false)
  })
})

describe('openExternal', () => {
  it('allows https links', async () => {
    expect(isSafeExternalUrl('https://example.org/docs?q=1')).toBe(true)
    expect(await openExternalSafely('https://example.org/docs')).toBe(true)
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/docs')
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'http://example.org',
    'archsight://open',
    'app://bundle/index.html',
    'data:text/html,<script>alert(1)</script>',
    'https://user:pass@example.org',
    '//example.org',
    'example.org',
    '',
  ])('refuses %s without calling the shell', async (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
    expect(await openExternalSafely(url)).toBe(false)
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })

  it('refuses non-strings', async () => {
    expect(await openExternalSafely({ toString: () => 'https://example.org' })).toBe(false)
    expect(electron.shell.openExternal).not.toHaveBeenCalled()
  })
})

describe('permission handlers', () => {
  type RequestHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void
  type CheckHandler = (wc: unknown, permission: string, origin: string) => boolean
  const install = () => {
    let request: RequestHandler | undefined
    let check: CheckHandler | undefined
    const session = {
      setPermissionRequestHandler: (handler: RequestHandler) => (request = handler),
      setPermissionCheckHandler: (handler: CheckHandler) => (check = handler),
    }
    installPermissionHandlers(session as never)
    return { request: request!, check: check! }
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'usb'])(
    'denies %s even to our own page',
    (permission) => {
      const { request, check } = install()
      const callback = vi.fn()
      request(null, permission, callback, { requestingUrl: 'app://bundle/index.html' })
      expect(callback).toHaveBeenCalledWith(false)
      expect(check(null, permission, 'app://bundle')).toBe(false)
    },
  )

  it('allows only the sanitized clipboard write, and only from our page', () => {
    const { request, check } = install()
    const callback = vi.fn()
    request(null, 'clipboard-sanitized-write', callback, { requestingUrl: 'app://bundle/index.html' })
    request(null, 'clipboard-sanitized-write', callback, { requestingUrl: 'https://evil.example/' })
    expect(callback.mock.calls).toEqual([[true], [false]])
    expect(check(null, 'clipboard-sanitized-write', 'app://bundle')).toBe(true)
    expect(check(null, 'clipboard-sanitized-write', 'app://bundle.evil')).toBe(false)
  })
})
