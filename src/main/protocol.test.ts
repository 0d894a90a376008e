import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

const electron = vi.hoisted(() => ({
  app: { isPackaged: true },
  shell: { openExternal: vi.fn() },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}))
vi.mock('electron', () => electron)

const { createBundleHandler, registerAppScheme, resolveBundlePath } = await import('./protocol')

let outside: string
let root: string
beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'archsight-protocol-'))
  root = join(outside, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Archsight</title>')
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)')
  await writeFile(join(outside, 'secret.txt'), 'do not serve')
})
afterAll(async () => {
  await rm(outside, { recursive: true, force: true })
})

const get = (url: string) => createBundleHandler(root)(new Request(url))

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme', () => {
    registerAppScheme()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('serves index.html with the CSP header', async () => {
    const response = await get('app://bundle/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('<title>Archsight</title>')
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
  })

  it('serves / as index.html and assets with their type', async () => {
    expect((await get('app://bundle/')).status).toBe(200)
    const script = await get('app://bundle/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it.each([
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E%2Fsecret.txt',
    'app://bundle/assets/..%2f..%2fsecret.txt',
    'app://bundle/..%5csecret.txt',
    'app://bundle/%00index.html',
    'app://bundle/../../../../etc/passwd',
    'app://other/index.html',
    'app://bundle.evil/index.html',
    'app://bundle/missing.js',
    'app://bundle/assets',
  ])('answers 404 to %s', async (url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).not.toContain('do not serve')
  })

  it('never resolves outside the root, whatever the encoding', () => {
    const urls = ['app://bundle/%2e%2e/secret.txt', 'app://bundle/a/%2e%2e/%2e%2e/secret.txt']
    for (const url of urls) {
      const path = resolveBundlePath(root, url)
      // The URL parser folds dot segments to the root; what is left is null or a path under the root.
      expect(path === null || path.startsWith(`${root}/`), `${url} -> ${path}`).toBe(true)
    }
    expect(resolveBundlePath(root, 'app://bundle/%')).toBeNull()
    expect(resolveBundlePath(root, 'app://bundle/..%2f..%2fx')).toBeNull()
    expect(resolveBundlePath(root, 'app://bundle/a/../index.html')).toBe(join(root, 'index.html'))
  })
})
