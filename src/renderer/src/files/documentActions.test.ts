import { describe, expect, it } from 'vitest'
import { createEditorStore } from '../store'
import type { Platform } from '../platform/types'
import { createDocumentActions } from './documentActions'

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value))
const V1 = { format: 'archsight', version: 1, name: 'Orders', nodes: [{ id: 'db', kind: 'relational-db', position: { x: 0, y: 0 } }], edges: [] }

function createFakePlatform(written: string[]): Platform {
  return {
    kind: 'browser',
    open: async () => null,
    openRecent: async () => null,
    listRecent: async () => [],
    save: async (content, suggestedName) => {
      written.push(content)
      return { name: suggestedName }
    },
    saveAs: async (content, suggestedName) => {
      written.push(content)
      return { name: suggestedName }
    },
    resetCurrentFile: async () => {},
    exportFile: async () => true,
    confirmDiscard: async () => true,
    setDocumentState: () => {},
    saveDraft: () => {},
    loadDraft: () => null,
    onCommand: () => () => {},
  }
}

describe('a version 1 file (issue 8, point 22)', () => {
  it('opens migrated in memory; the first save writes version 2 and says so once', async () => {
    const store = createEditorStore()
    const written: string[] = []
    const actions = createDocumentActions(store, createFakePlatform(written))
    expect(actions.openBytes('orders.archsight', encode(V1))).toBe(true)
    expect(store.getState().design.version).toBe(2)
    expect(store.getState().notice).toBeNull()

    expect(await actions.save()).toBe(true)
    expect(JSON.parse(written[0]).version).toBe(2)
    expect(store.getState().notice?.message).toBe(
      'Saved orders.archsight as format version 2 (it was version 1): Archsight releases that read only version 1 cannot open it.',
    )

    store.getState().showNotice(null)
    store.getState().setNodeProp('db', 'replicas', 1)
    expect(await actions.save()).toBe(true)
    expect(JSON.parse(written[1]).version).toBe(2)
    expect(store.getState().notice).toBeNull()
  })

  it('says nothing for a version 2 file, and forgets the migration when another file is opened', async () => {
    const store = createEditorStore()
    const actions = createDocumentActions(store, createFakePlatform([]))
    actions.openBytes('orders.archsight', encode(V1))
    actions.openBytes('new.archsight', encode({ ...V1, version: 2 }))
    expect(await actions.save()).toBe(true)
    expect(store.getState().notice).toBeNull()
  })

  it('refuses a version above 2 with the message it had, leaving the open design untouched', () => {
    const store = createEditorStore()
    const actions = createDocumentActions(store, createFakePlatform([]))
    actions.openBytes('orders.archsight', encode(V1))
    const before = store.getState().design
    expect(actions.openBytes('future.archsight', encode({ ...V1, version: 3 }))).toBe(false)
    expect(store.getState().design).toBe(before)
    expect(store.getState().loadError).toBe(
      'Could not open future.archsight: This file was written by a newer Archsight (format version 3); this version ' +
        'reads version 2. Update Archsight to open it.',
    )
  })
})
