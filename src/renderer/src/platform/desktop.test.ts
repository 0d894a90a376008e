import { describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '@shared/ipc'
import { createDesktopPlatform, getIpcErrorMessage } from './desktop'

function createApi(): DesktopApi {
  return {
    openFile: vi.fn(async () => ({ name: 'a.archsight', bytes: new Uint8Array([123]), fileId: 'f1' })),
    pickFile: vi.fn(async () => ({ name: 'a.drawio', bytes: new Uint8Array([60]), fileId: null })),
    openRecent: vi.fn(async () => null),
    listRecent: vi.fn(async () => [{ id: 'r1', name: 'a.archsight', detail: '/home' }]),
    saveFile: vi.fn(async () => ({ name: 'a.archsight', fileId: 'f1' })),
    exportFile: vi.fn(async () => true),
    askUnsavedChanges: vi.fn(async () => 'save' as const),
    listBackups: vi.fn(async () => []),
    restoreBackup: vi.fn(async () => ({ name: 'Untitled 1', content: '{}', fileId: null })),
    discardBackup: vi.fn(async () => undefined),
    openExternal: vi.fn(async () => true),
    setDocumentState: vi.fn(),
    saveBackup: vi.fn(),
    onCommand: vi.fn(() => () => undefined),
  }
}

describe('desktop platform', () => {
  it('maps Save and Save As onto saveFile with the document id, never a path', async () => {
    const api = createApi()
    const platform = createDesktopPlatform(api)
    expect(platform.kind).toBe('desktop')
    expect(await platform.save('{}', { suggestedName: 'Orders', fileId: 'f1' })).toEqual({ name: 'a.archsight', fileId: 'f1' })
    await platform.saveAs('{}', 'Orders')
    expect(vi.mocked(api.saveFile).mock.calls).toEqual([
      ['{}', { saveAs: false, suggestedName: 'Orders', fileId: 'f1' }],
      ['{}', { saveAs: true, suggestedName: 'Orders', fileId: null }],
    ])
  })

  it('hands a PNG export held as a Blob to the main process as bytes (IPC carries no Blobs)', async () => {
    const api = createApi()
    const platform = createDesktopPlatform(api)
    const data = new Blob([Uint8Array.of(0x89, 0x50, 0x4e, 0x47)], { type: 'image/png' })
    expect(await platform.exportFile({ suggestedName: 'x.png', mimeType: 'image/png', data })).toBe(true)
    expect(api.exportFile).toHaveBeenCalledWith({ suggestedName: 'x.png', mimeType: 'image/png', data: Uint8Array.of(0x89, 0x50, 0x4e, 0x47) })
  })

  it('forwards the other calls unchanged', async () => {
    const api = createApi()
    const platform = createDesktopPlatform(api)
    expect(await platform.open()).toMatchObject({ name: 'a.archsight', fileId: 'f1' })
    expect(await platform.listRecent()).toHaveLength(1)
    expect(await platform.pickFile('import-drawio')).toMatchObject({ name: 'a.drawio', fileId: null })
    expect(api.pickFile).toHaveBeenCalledWith('import-drawio')
    await platform.openRecent('r1')
    expect(api.openRecent).toHaveBeenCalledWith('r1')
    expect(await platform.exportFile({ suggestedName: 'x', mimeType: 'image/svg+xml', data: '<svg/>' })).toBe(true)
    expect(api.exportFile).toHaveBeenCalledWith({ suggestedName: 'x', mimeType: 'image/svg+xml', data: '<svg/>' })
    expect(await platform.askUnsavedChanges('Save?')).toBe('save')
    platform.setDocumentState('Orders', true)
    expect(api.setDocumentState).toHaveBeenCalledWith('Orders', true)
    platform.saveBackup('f1', null)
    expect(api.saveBackup).toHaveBeenCalledWith('f1', null)
    expect(await platform.listBackups()).toEqual([])
    expect(await platform.restoreBackup('untitled-1')).toMatchObject({ name: 'Untitled 1' })
    await platform.discardBackup('untitled-1')
    expect(api.discardBackup).toHaveBeenCalledWith('untitled-1')
    const listener = vi.fn()
    platform.onCommand(listener)
    expect(api.onCommand).toHaveBeenCalledWith(listener)
  })

  it("rejects with main's message, not Electron's wrapper", async () => {
    const api = createApi()
    vi.mocked(api.saveFile).mockRejectedValueOnce(
      new Error("Error invoking remote method 'archsight:saveFile': Error: Could not save a: the disk is full."),
    )
    const saving = createDesktopPlatform(api).save('{}', { suggestedName: 'a', fileId: 'f1' })
    await expect(saving).rejects.toThrow(/^Could not save a: the disk is full.$/)
    expect(getIpcErrorMessage(new Error("Error invoking remote method 'x': TypeError: Design must be text"))).toBe(
      'Design must be text',
    )
    expect(getIpcErrorMessage('plain')).toBe('plain')
  })
})
