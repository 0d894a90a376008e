import { describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../../shared/ipc'
import { createDesktopPlatform, getIpcErrorMessage } from './desktop'

function createApi(): DesktopApi {
  return {
    openFile: vi.fn(async () => ({ name: 'a.archsight', bytes: new Uint8Array([123]) })),
    openRecent: vi.fn(async () => null),
    listRecent: vi.fn(async () => [{ id: 'r1', name: 'a.archsight', detail: '/home' }]),
    saveFile: vi.fn(async () => ({ name: 'a.archsight' })),
    resetCurrentFile: vi.fn(async () => undefined),
    exportFile: vi.fn(async () => true),
    confirmDiscard: vi.fn(async () => true),
    openExternal: vi.fn(async () => true),
    setDocumentState: vi.fn(),
    saveDraft: vi.fn(),
    loadDraft: vi.fn(() => 'draft'),
    onCommand: vi.fn(() => () => undefined),
  }
}

describe('desktop platform', () => {
  it('maps Save and Save As onto saveFile without ever sending a path', async () => {
    const api = createApi()
    const platform = createDesktopPlatform(api)
    expect(platform.kind).toBe('desktop')
    expect(await platform.save('{}', 'Orders')).toEqual({ name: 'a.archsight' })
    await platform.saveAs('{}', 'Orders')
    expect(vi.mocked(api.saveFile).mock.calls).toEqual([
      ['{}', { saveAs: false, suggestedName: 'Orders' }],
      ['{}', { saveAs: true, suggestedName: 'Orders' }],
    ])
  })

  it('forwards the other calls unchanged', async () => {
    const api = createApi()
    const platform = createDesktopPlatform(api)
    expect((await platform.open())?.name).toBe('a.archsight')
    expect(await platform.listRecent()).toHaveLength(1)
    await platform.openRecent('r1')
    expect(api.openRecent).toHaveBeenCalledWith('r1')
    await platform.resetCurrentFile()
    expect(await platform.exportFile({ suggestedName: 'x', mimeType: 'image/svg+xml', data: '<svg/>' })).toBe(true)
    expect(api.exportFile).toHaveBeenCalledWith({ suggestedName: 'x', mimeType: 'image/svg+xml', data: '<svg/>' })
    expect(await platform.confirmDiscard('Discard?')).toBe(true)
    platform.setDocumentState('Orders', true)
    expect(api.setDocumentState).toHaveBeenCalledWith('Orders', true)
    platform.saveDraft(null)
    expect(api.saveDraft).toHaveBeenCalledWith(null)
    expect(platform.loadDraft()).toBe('draft')
    const listener = vi.fn()
    platform.onCommand(listener)
    expect(api.onCommand).toHaveBeenCalledWith(listener)
  })

  it("rejects with main's message, not Electron's wrapper", async () => {
    const api = createApi()
    vi.mocked(api.saveFile).mockRejectedValueOnce(
      new Error("Error invoking remote method 'archsight:saveFile': Error: Could not save a: the disk is full."),
    )
    const saving = createDesktopPlatform(api).save('{}', 'a')
    await expect(saving).rejects.toThrow(/^Could not save a: the disk is full.$/)
    expect(getIpcErrorMessage(new Error("Error invoking remote method 'x': TypeError: Design must be text"))).toBe(
      'Design must be text',
    )
    expect(getIpcErrorMessage('plain')).toBe('plain')
  })
})
