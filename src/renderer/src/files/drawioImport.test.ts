import { describe, expect, it, vi } from 'vitest'
import { DESIGN_VERSION, serializeDesign, type Design } from '@core/design'
import { drawioFile } from '@core/testing/drawio'
import type { Platform, UnsavedChoice } from '@renderer/platform'
import { createEditorStore } from '@renderer/store'
import { createDocumentActions } from './documentActions'
import { isDrawioFile, usePendingImport } from './drawioImport'

// File > Import draw.io… in the renderer: report first, nothing replaced until "Open design", the unsaved
// question as for Open, and an untitled result that Save never writes over the drawing.

const encode = (text: string) => new TextEncoder().encode(text)
const design = (name: string): Design => ({ format: 'archsight', version: DESIGN_VERSION, name, nodes: [], edges: [] })
const DRAWING = drawioFile([
  { id: 'fn', value: 'Resize', style: 'shape=mxgraph.aws4.lambda;' },
  { id: 'q', value: 'Jobs', style: 'shape=mxgraph.aws4.sqs;', x: 400 },
  { id: 'pg', value: 'postgres orders', style: 'shape=cylinder3;', x: 800 },
])

function createPlatform(picked: { name: string; bytes: Uint8Array } | null, choice: UnsavedChoice = 'discard') {
  return {
    open: vi.fn(async () => ({ name: 'A.archsight', bytes: encode(serializeDesign(design('A'))), fileId: 'id-A' })),
    pickFile: vi.fn(async () => (picked ? { ...picked, fileId: null } : null)),
    save: vi.fn(async (_c: string, target: { suggestedName: string; fileId: string }) => ({ name: target.suggestedName, fileId: target.fileId })),
    saveAs: vi.fn(async (_c: string, name: string) => ({ name, fileId: `id-${name}` })),
    askUnsavedChanges: vi.fn(async () => choice),
    saveBackup: vi.fn(),
  } as unknown as Platform & Record<'pickFile' | 'save' | 'saveAs' | 'askUnsavedChanges', ReturnType<typeof vi.fn>>
}

describe('isDrawioFile', () => {
  it('knows a drawing by .drawio, or by an .xml whose first element is mxfile or mxGraphModel', () => {
    expect(isDrawioFile('a.drawio', encode('anything'))).toBe(true)
    expect(isDrawioFile('a.xml', encode('<?xml version="1.0"?>\n<mxfile host="x">'))).toBe(true)
    expect(isDrawioFile('a.xml', encode('<mxGraphModel><root/></mxGraphModel>'))).toBe(true)
    expect(isDrawioFile('a.xml', encode('<svg/>'))).toBe(false)
    expect(isDrawioFile('a.archsight', encode('<mxfile>'))).toBe(false)
  })
})

describe('import a drawing', () => {
  it('open A, import a drawing: the report waits, A stays until Open design, then Save goes to Save As', async () => {
    const store = createEditorStore()
    const platform = createPlatform({ name: 'shop.drawio', bytes: encode(DRAWING) })
    const docs = createDocumentActions(store, platform)
    await docs.open()
    await docs.drawio.pick()
    expect(platform.pickFile).toHaveBeenCalledWith('import-drawio')
    const pending = usePendingImport.getState()
    expect(pending?.report.mapped.map((c) => [c.id, c.kind])).toEqual([['fn', 'function'], ['q', 'queue']])
    expect(pending?.report.guessed.map((c) => [c.id, c.kind])).toEqual([['pg', 'relational-db']])
    expect(store.getState().fileName).toBe('A.archsight')

    expect(await docs.drawio.confirm()).toBe(true)
    expect(usePendingImport.getState()).toBeNull()
    expect(store.getState()).toMatchObject({ fileName: null, fileId: null })
    expect(store.getState().design.name).toBe('shop')
    expect(store.getState().design.nodes.map((n) => n.id)).toEqual(['fn', 'q', 'pg'])
    expect(await docs.save()).toBe(true)
    expect(platform.save).not.toHaveBeenCalled()
    expect(platform.saveAs).toHaveBeenCalledWith(expect.stringContaining('"name": "shop"'), 'shop.archsight')
  })

  it('Cancel in the report, or Cancel in the unsaved question, leaves the design on screen as it was', async () => {
    const store = createEditorStore()
    const platform = createPlatform({ name: 'shop.drawio', bytes: encode(DRAWING) }, 'cancel')
    const docs = createDocumentActions(store, platform)
    await docs.open()
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    const before = store.getState().design
    await docs.drawio.pick()
    docs.drawio.cancel()
    expect(usePendingImport.getState()).toBeNull()
    expect(store.getState().design).toBe(before)

    await docs.drawio.pick()
    expect(await docs.drawio.confirm()).toBe(false)
    expect(platform.askUnsavedChanges).toHaveBeenCalledOnce()
    expect(store.getState().design).toBe(before)
    expect(store.getState().fileName).toBe('A.archsight')
    docs.drawio.cancel()
  })

  it('a broken drawing names the problem in the error banner and changes nothing', async () => {
    const store = createEditorStore()
    const platform = createPlatform({ name: 'bad.drawio', bytes: encode('<mxfile><diagram><mxGraphModel>') })
    const docs = createDocumentActions(store, platform)
    await docs.open()
    const before = store.getState().design
    await docs.drawio.pick()
    expect(usePendingImport.getState()).toBeNull()
    expect(store.getState().loadError).toMatch(/^Could not import bad\.drawio: The file is not well-formed XML/)
    expect(store.getState().design).toBe(before)
  })

  it('a drawing dropped or given to Open goes through the report too, never opened as a design', async () => {
    const store = createEditorStore()
    const platform = createPlatform(null)
    const docs = createDocumentActions(store, platform)
    await docs.openGiven({ name: 'shop.xml', bytes: encode(DRAWING) })
    expect(usePendingImport.getState()?.fileName).toBe('shop.xml')
    expect(store.getState().loadError).toBeNull()
    docs.drawio.cancel()
  })
})
