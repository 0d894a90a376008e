import { beforeAll, describe, expect, it, vi } from 'vitest'
import { COMMAND_CHANNEL, DESKTOP_API_KEYS, INVOKE_CHANNELS, SEND_CHANNELS } from '../shared/ipc'
import type { DesktopApi } from '../shared/ipc'

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {}
  return {
    exposed,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => (exposed[key] = api)) },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]) => 'answer'),
      send: vi.fn(),
      sendSync: vi.fn((): unknown => 'draft'),
      on: vi.fn(),
      removeListener: vi.fn(),
    },
  }
})
vi.mock('electron', () => electron)

let desktop: DesktopApi
beforeAll(async () => {
  await import('./index')
  desktop = electron.exposed.desktop as DesktopApi
})

describe('preload', () => {
  it('exposes exactly the named functions of the contract on window.desktop, and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(Object.keys(electron.exposed)).toEqual(['desktop'])
    expect(Object.keys(desktop).sort()).toEqual([...DESKTOP_API_KEYS])
    for (const value of Object.values(desktop)) expect(typeof value).toBe('function')
    expect(Object.values(desktop)).not.toContain(electron.ipcRenderer)
  })

  it('invokes each method on its own fixed channel, forwarding only the contract fields', async () => {
    const { invoke } = electron.ipcRenderer
    await desktop.openFile()
    expect(invoke).toHaveBeenLastCalledWith(INVOKE_CHANNELS.openFile)
    const sneaky = { saveAs: true, suggestedName: 'a', fileId: 'id-1', path: '/etc/passwd' }
    await desktop.saveFile('{}', sneaky)
    expect(invoke).toHaveBeenLastCalledWith(INVOKE_CHANNELS.saveFile, '{}', { saveAs: true, suggestedName: 'a', fileId: 'id-1' })
    const bytes = new Uint8Array([1])
    await desktop.exportFile({ suggestedName: 'x', mimeType: 'image/png', data: bytes, path: '/x' } as never)
    const sent = { suggestedName: 'x', mimeType: 'image/png', data: bytes }
    expect(invoke).toHaveBeenLastCalledWith(INVOKE_CHANNELS.exportFile, sent)
    await desktop.pickFile('import-drawio')
    expect(invoke).toHaveBeenLastCalledWith(INVOKE_CHANNELS.pickFile, 'import-drawio')
    await desktop.openRecent('id-1')
    expect(invoke).toHaveBeenLastCalledWith(INVOKE_CHANNELS.openRecent, 'id-1')
    await desktop.openExternal('https://example.org')
    expect(invoke).toHaveBeenLastCalledWith(INVOKE_CHANNELS.openExternal, 'https://example.org')
  })

  it('sends fire-and-forget state and recovery copies, and never blocks the page on a sync call', () => {
    desktop.setDocumentState('Orders', true)
    expect(electron.ipcRenderer.send).toHaveBeenLastCalledWith(SEND_CHANNELS.setDocumentState, 'Orders', true)
    desktop.saveBackup('file-id', '{}')
    expect(electron.ipcRenderer.send).toHaveBeenLastCalledWith(SEND_CHANNELS.saveBackup, 'file-id', '{}')
    desktop.saveBackup(null, null)
    expect(electron.ipcRenderer.send).toHaveBeenLastCalledWith(SEND_CHANNELS.saveBackup, null, null)
    expect(electron.ipcRenderer.sendSync).not.toHaveBeenCalled()
  })

  it('hands the page the command id only, never the IpcRendererEvent, and unsubscribes', () => {
    const listener = vi.fn()
    const unsubscribe = desktop.onCommand(listener)
    type Subscription = [string, (...args: unknown[]) => void]
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as unknown as Subscription
    expect(channel).toBe(COMMAND_CHANNEL)
    forward({ sender: { send: () => 'leak' } }, 'file.save')
    forward({ sender: {} }, { evil: true })
    expect(listener.mock.calls).toEqual([['file.save']])
    unsubscribe()
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(COMMAND_CHANNEL, forward)
  })
})
