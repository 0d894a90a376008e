import { beforeEach, describe, expect, it, vi } from 'vitest'
import { INVOKE_CHANNELS, SEND_CHANNELS, SYNC_CHANNELS } from '../shared/ipc'

type Listener = (event: FakeEvent, ...args: unknown[]) => unknown
interface FakeEvent {
  senderFrame: { url: string; parent: unknown } | null
  returnValue?: unknown
}

const electron = vi.hoisted(() => ({
  app: { isPackaged: true },
  shell: { openExternal: vi.fn() },
  ipcMain: {
    handlers: new Map<string, (...args: never[]) => unknown>(),
    listeners: new Map<string, (...args: never[]) => unknown>(),
    handle(channel: string, fn: (...args: never[]) => unknown) {
      this.handlers.set(channel, fn)
    },
    on(channel: string, fn: (...args: never[]) => unknown) {
      this.listeners.set(channel, fn)
    },
  },
}))
vi.mock('electron', () => electron)

const { handle, listen, listenSync, registerIpcHandlers } = await import('./ipc')

const trusted = (): FakeEvent => ({ senderFrame: { url: 'app://bundle/index.html', parent: null } })
const untrusted: Array<[string, FakeEvent]> = [
  ['another origin', { senderFrame: { url: 'https://evil.example/', parent: null } }],
  ['a lookalike app host', { senderFrame: { url: 'app://bundle.evil/index.html', parent: null } }],
  ['file:', { senderFrame: { url: 'file:///tmp/x.html', parent: null } }],
  ['a null frame (navigated away or destroyed)', { senderFrame: null }],
  ['a sub-frame', { senderFrame: { url: 'app://bundle/index.html', parent: {} } }],
]

const getHandler = (channel: string) => electron.ipcMain.handlers.get(channel) as unknown as Listener
const getListener = (channel: string) => electron.ipcMain.listeners.get(channel) as unknown as Listener

beforeEach(() => {
  electron.ipcMain.handlers.clear()
  electron.ipcMain.listeners.clear()
})

describe('handle (invoke)', () => {
  it('runs the handler for our own top frame', async () => {
    const fn = vi.fn(async (_event: unknown, value: unknown) => `got ${String(value)}`)
    handle('test:channel', fn)
    expect(await getHandler('test:channel')(trusted(), 42)).toBe('got 42')
    expect(fn).toHaveBeenCalledOnce()
  })

  it.each(untrusted)('rejects %s before the handler runs', (_name, event) => {
    const fn = vi.fn()
    handle('test:channel', fn)
    expect(() => getHandler('test:channel')(event)).toThrow('Refused IPC on test:channel')
    expect(fn).not.toHaveBeenCalled()
  })
})

describe('listen (send) and listenSync', () => {
  it.each(untrusted)('ignores a send from %s', (_name, event) => {
    const fn = vi.fn()
    listen('test:send', fn)
    getListener('test:send')(event, 'x')
    expect(fn).not.toHaveBeenCalled()
  })

  it('delivers a send from our page and survives a throwing handler', () => {
    const fn = vi.fn(() => {
      throw new Error('bad input')
    })
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    listen('test:send', fn)
    expect(() => getListener('test:send')(trusted(), 'x')).not.toThrow()
    expect(fn).toHaveBeenCalledWith(expect.anything(), 'x')
    log.mockRestore()
  })

  it.each(untrusted)('answers null to a sync call from %s without running the handler', (_name, event) => {
    const fn = vi.fn(() => 'secret draft')
    listenSync('test:sync', fn)
    getListener('test:sync')(event)
    expect(event.returnValue).toBeNull()
    expect(fn).not.toHaveBeenCalled()
  })

  it('returns the value of a sync call from our page', () => {
    listenSync('test:sync', () => 'draft')
    const event = trusted()
    getListener('test:sync')(event)
    expect(event.returnValue).toBe('draft')
  })
})

describe('registerIpcHandlers', () => {
  it('registers every channel of the contract, each behind the sender check', async () => {
    const called = vi.fn(async () => null)
    const invoke = Object.fromEntries(Object.keys(INVOKE_CHANNELS).map((name) => [name, called]))
    const send = Object.fromEntries(Object.keys(SEND_CHANNELS).map((name) => [name, vi.fn()]))
    const sync = Object.fromEntries(Object.keys(SYNC_CHANNELS).map((name) => [name, vi.fn(() => null)]))
    registerIpcHandlers(invoke as never, send as never, sync as never)
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort())
    expect([...electron.ipcMain.listeners.keys()].sort()).toEqual(
      [...Object.values(SEND_CHANNELS), ...Object.values(SYNC_CHANNELS)].sort(),
    )
    for (const channel of Object.values(INVOKE_CHANNELS)) {
      expect(() => getHandler(channel)(untrusted[0][1])).toThrow(/Refused IPC/)
    }
    expect(called).not.toHaveBeenCalled()
  })
})
