import { afterEach, describe, expect, it, vi } from 'vitest'
import config from '../../electron.vite.config'
import { getDevServerUrl, isDevBuild } from './devBuild'

// Development-only paths are decided at build time (issue 9, item 17).

afterEach(() => vi.unstubAllGlobals())

type ConfigFn = (env: { command: 'build' | 'serve'; mode: string }) => { main: { define: Record<string, string> } }

describe('the development-path switch', () => {
  it('is defined true only by `electron-vite dev`, false by every build', () => {
    const fn = config as unknown as ConfigFn
    expect(fn({ command: 'serve', mode: 'development' }).main.define.__ARCHSIGHT_DEV__).toBe('true')
    expect(fn({ command: 'build', mode: 'production' }).main.define.__ARCHSIGHT_DEV__).toBe('false')
    expect(fn({ command: 'build', mode: 'development' }).main.define.__ARCHSIGHT_DEV__).toBe('false')
  })

  it('honours ELECTRON_RENDERER_URL only in a development build', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' }
    expect(isDevBuild()).toBe(false) // no define at all: a production build
    expect(getDevServerUrl(env)).toBeNull()
    vi.stubGlobal('__ARCHSIGHT_DEV__', false)
    expect(getDevServerUrl(env)).toBeNull()
    vi.stubGlobal('__ARCHSIGHT_DEV__', true)
    expect(getDevServerUrl(env)).toBe('http://localhost:5173')
    expect(getDevServerUrl({})).toBeNull()
  })
})
