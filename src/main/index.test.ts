import type { EventEmitter } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNELS, SEND_CHANNELS, SYNC_CHANNELS } from '../shared/ipc'

// The whole main entry against a recorded fake of Electron: checks the start-up order and wiring.
const userData = await mkdtemp(join(tmpdir(), 'archsight-main-'))
const fake = vi.hoisted(() => {
  const calls: string[] = []
  let ready: () => void = () => undefined
  const whenReady = new Promise<void>((resolve) => (ready = resolve))
  const windows: Array<{ options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }> = []
  return { calls, whenReady, ready: () => ready(), windows, userData: '' }
})
fake.userData = userData
afterAll(() => rm(userData, { recursive: true, force: true }))

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  const app = Object.assign(new Emitter(), {
    isPackaged: true,
    name: 'Archsight',
    enableSandbox: () => fake.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (fake.calls.push('singleInstanceLock'), true),
    getPath: () => fake.userData,
    getAppPath: () => '/app',
    getVersion: () => '0.1.0',
    whenReady: () => fake.whenReady,
    quit: vi.fn(),
  })
  class BrowserWindow extends Emitter {
    static getAllWindows = () => fake.windows
    static getFocusedWindow = () => null
    static fromWebContents = () => null
    webContents = Object.assign(new Emitter(), { id: 1, setWindowOpenHandler: vi.fn() })
    loadURL = vi.fn(async () => undefined)
    constructor(public options: Record<string, unknown>) {
      super()
      fake.calls.push('window')
      fake.windows.push(this as never)
    }
    show() {}
    setTitle() {}
  }
  return {
    app,
    BrowserWindow,
    dialog: {},
    shell: {},
    nativeTheme: { shouldUseDarkColors: true },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: () => fake.calls.push('menu') },
    protocol: {
      registerSchemesAsPrivileged: () => fake.calls.push('registerScheme'),
      handle: (scheme: string) => fake.calls.push(`handle:${scheme}`),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => fake.calls.push('permissionRequestHandler'),
        setPermissionCheckHandler: () => fake.calls.push('permissionCheckHandler'),
      },
    },
    ipcMain: {
      handle: (channel: string) => fake.calls.push(`ipc:${channel}`),
      on: (channel: string) => fake.calls.push(`ipc:${channel}`),
    },
  }
})

describe('main entry', () => {
  it('sandboxes and registers the scheme before ready, then wires everything before the window loads', async () => {
    await import('./index')
    expect(fake.calls).toEqual(['enableSandbox', 'registerScheme', 'singleInstanceLock'])
    fake.ready()
    await vi.waitFor(() => expect(fake.calls).toContain('window'))
    const order = fake.calls
    const before = (a: string, b: string) => expect(order.indexOf(a), `${a} before ${b}`).toBeLessThan(order.indexOf(b))
    before('permissionRequestHandler', 'window')
    before('permissionCheckHandler', 'window')
    before('handle:app', 'window')
    before('menu', 'window')
    const channels = [INVOKE_CHANNELS, SEND_CHANNELS, SYNC_CHANNELS].flatMap((table) => Object.values(table))
    for (const channel of channels) {
      before(`ipc:${channel}`, 'window')
    }
    const [window] = fake.windows
    expect(window.loadURL).toHaveBeenCalledWith('app://bundle/index.html')
    const prefs = window.options.webPreferences as Record<string, unknown>
    expect(String(prefs.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/)
    expect(prefs.sandbox).toBe(true)
    expect((window as unknown as EventEmitter).listenerCount('close')).toBe(1)
  })
})
