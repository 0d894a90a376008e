import { describe, expect, it, vi } from 'vitest'
import { DESIGN_VERSION, serializeDesign, type Design } from '@core/design'
import { embedDesignInPng } from '@core/export/pngChunk'
import type { Platform, UnsavedChoice } from '@renderer/platform'
import { createEditorStore } from '@renderer/store'
import { createDocumentActions } from './documentActions'

// The renderer's half of "Save writes the design on screen, to the file on screen" (issue 9, items 1 and 2)
// and of "Save, Don't save, Cancel" (issue 10, item 16), against a platform that records what it is asked.

const design = (name: string): Design => ({ format: 'archsight', version: DESIGN_VERSION, name, nodes: [], edges: [] })
const bytesOf = (name: string) => new TextEncoder().encode(serializeDesign(design(name)))
// The smallest PNG the chunk code accepts: signature, IHDR, IEND.
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

function createPlatform(choice: UnsavedChoice = 'discard') {
  return {
    open: vi.fn(async () => ({ name: 'A.archsight', bytes: bytesOf('A'), fileId: 'id-A' })),
    openRecent: vi.fn(async () => ({ name: 'R.archsight', bytes: bytesOf('R'), fileId: 'id-R' })),
    save: vi.fn(async (_content: string, target: { suggestedName: string; fileId: string }) => ({ name: target.suggestedName, fileId: target.fileId })),
    saveAs: vi.fn(async (_content: string, name: string) => ({ name, fileId: `id-${name}` })),
    askUnsavedChanges: vi.fn(async () => choice),
    saveBackup: vi.fn(),
  } as unknown as Platform & Record<'open' | 'save' | 'saveAs' | 'askUnsavedChanges' | 'saveBackup', ReturnType<typeof vi.fn>>
}

describe('document identity', () => {
  it('open A, open a PNG of B, Save: goes through Save As with B, never to A', async () => {
    const store = createEditorStore()
    const platform = createPlatform()
    const docs = createDocumentActions(store, platform)
    await docs.open()
    expect(store.getState()).toMatchObject({ fileName: 'A.archsight', fileId: 'id-A' })
    await docs.openGiven({ name: 'B.png', bytes: embedDesignInPng(PNG, serializeDesign(design('B'))) })
    expect(store.getState()).toMatchObject({ fileName: null, fileId: null })
    expect(await docs.save()).toBe(true)
    expect(platform.save).not.toHaveBeenCalled()
    expect(platform.saveAs).toHaveBeenCalledWith(expect.stringContaining('"name": "B"'), 'B.archsight')
  })

  it('open A, drop C on the canvas, Save: Save As, and Save after that writes to the file just chosen', async () => {
    const store = createEditorStore()
    const platform = createPlatform()
    const docs = createDocumentActions(store, platform)
    await docs.open()
    await docs.openGiven({ name: 'C.archsight', bytes: bytesOf('C') })
    expect(store.getState()).toMatchObject({ fileName: 'C.archsight', fileId: null })
    await docs.save()
    expect(platform.saveAs).toHaveBeenCalledWith(expect.any(String), 'C.archsight')
    store.getState().updateDesign({ description: 'edited' })
    await docs.save()
    expect(platform.save).toHaveBeenCalledWith(expect.any(String), { suggestedName: 'C.archsight', fileId: 'id-C.archsight' })
  })

  it('Save of a file opened through Open writes to it without asking where', async () => {
    const store = createEditorStore()
    const platform = createPlatform()
    const docs = createDocumentActions(store, platform)
    await docs.open()
    store.getState().updateDesign({ description: 'edited' })
    expect(await docs.save()).toBe(true)
    expect(platform.save).toHaveBeenCalledWith(expect.any(String), { suggestedName: 'A.archsight', fileId: 'id-A' })
    expect(platform.saveBackup).toHaveBeenCalledWith('id-A', null)
  })

  it('a design that cannot be serialised shows a message instead of failing silently', async () => {
    const store = createEditorStore()
    const docs = createDocumentActions(store, createPlatform())
    let deep: unknown = 0
    for (let i = 0; i < 20_000; i++) deep = [deep]
    store.setState({ design: { ...design('deep'), nodes: [{ id: 'a', kind: 'service', position: { x: 0, y: 0 }, props: { deep } as never }] } })
    expect(await docs.save()).toBe(false)
    expect(store.getState().loadError).toMatch(/call stack|recursion/i)
  })
})

describe('Save, Don\'t save or Cancel before replacing unsaved work', () => {
  const edited = (choice: UnsavedChoice) => {
    const store = createEditorStore()
    const platform = createPlatform(choice)
    const docs = createDocumentActions(store, platform)
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    return { store, platform, docs, before: store.getState().design }
  }

  it('Cancel keeps the design and its recovery copy', async () => {
    const { store, platform, docs, before } = edited('cancel')
    await docs.newDesign()
    expect(store.getState().design).toBe(before)
    expect(platform.saveBackup).not.toHaveBeenCalled()
  })

  it("Don't save replaces it and drops its recovery copy", async () => {
    const { store, platform, docs } = edited('discard')
    await docs.open()
    expect(store.getState().design.name).toBe('A')
    expect(platform.saveBackup).toHaveBeenCalledWith(null, null)
  })

  it("Don't save marks the dropped design, so a copy still on its way is not written back", async () => {
    const { store, docs, before } = edited('discard')
    await docs.newDesign()
    expect(store.getState().discardedDesign).toBe(before)
  })

  it('Save saves first (through Save As for an untitled design) and goes ahead only if that worked', async () => {
    const { store, platform, docs } = edited('save')
    vi.mocked(platform.saveAs).mockResolvedValueOnce(null)
    await docs.open()
    expect(platform.open).not.toHaveBeenCalled() // the Save As dialog was cancelled: nothing replaced
    await docs.open()
    expect(platform.saveAs).toHaveBeenCalledTimes(2)
    expect(store.getState().design.name).toBe('A')
  })
})

describe('a version 1 file (issue 8, point 22)', () => {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
  const V1 = { format: 'archsight', version: 1, name: 'Orders', nodes: [{ id: 'db', kind: 'relational-db', position: { x: 0, y: 0 } }], edges: [] }
  const written = (platform: ReturnType<typeof createPlatform>, call: number) => JSON.parse(platform.save.mock.calls[call][0] as string)

  it('opens migrated in memory; the first save writes version 2 and says so once', async () => {
    const store = createEditorStore()
    const platform = createPlatform()
    const docs = createDocumentActions(store, platform)
    expect(docs.openBytes('orders.archsight', encode(V1), 'id-orders')).toBe(true)
    expect(store.getState().design.version).toBe(2)
    expect(store.getState().notice).toBeNull()

    expect(await docs.save()).toBe(true)
    expect(written(platform, 0).version).toBe(2)
    expect(store.getState().notice?.message).toBe(
      'Saved orders.archsight as format version 2 (it was version 1): Archsight releases that read only version 1 cannot open it.',
    )

    store.getState().showNotice(null)
    store.getState().setNodeProp('db', 'replicas', 1)
    expect(await docs.save()).toBe(true)
    expect(written(platform, 1).version).toBe(2)
    expect(store.getState().notice).toBeNull()
  })

  it('says nothing for a version 2 file, and forgets the migration when another file is opened', async () => {
    const store = createEditorStore()
    const platform = createPlatform()
    const docs = createDocumentActions(store, platform)
    docs.openBytes('orders.archsight', encode(V1), 'id-orders')
    docs.openBytes('new.archsight', encode({ ...V1, version: 2 }), 'id-new')
    expect(await docs.save()).toBe(true)
    expect(store.getState().notice).toBeNull()
  })

  it('refuses a version above 2 with the message it had, leaving the open design untouched', () => {
    const store = createEditorStore()
    const docs = createDocumentActions(store, createPlatform())
    docs.openBytes('orders.archsight', encode(V1), 'id-orders')
    const before = store.getState().design
    expect(docs.openBytes('future.archsight', encode({ ...V1, version: 3 }))).toBe(false)
    expect(store.getState().design).toBe(before)
    expect(store.getState().loadError).toBe(
      'Could not open future.archsight: This file was written by a newer Archsight (format version 3); this version ' +
        'reads version 2. Update Archsight to open it.',
    )
  })
})
