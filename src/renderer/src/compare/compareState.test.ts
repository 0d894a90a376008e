import { describe, expect, it, vi } from 'vitest'
import { serializeDesign } from '@core/design'
import { createEditorStore } from '@renderer/store'
import type { Platform } from '@renderer/platform'
import { createCompareActions, useCompareBase } from './compareState'

describe('compare mode', () => {
  it('reads the other version without touching the design, its undo history or its file; leave drops only the comparison', async () => {
    const store = createEditorStore()
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    const other = { ...store.getState().design, name: 'Old' }
    const platform = { pickFile: vi.fn(async () => ({ name: 'old.archsight', bytes: new TextEncoder().encode(serializeDesign(other)), fileId: null })) }
    const compare = createCompareActions(store, platform as unknown as Platform)
    const before = { design: store.getState().design, past: store.temporal.getState().pastStates.length, fileName: store.getState().fileName }
    await compare.pick()
    expect(platform.pickFile).toHaveBeenCalledWith('compare')
    expect(useCompareBase.getState()).toMatchObject({ fileName: 'old.archsight', design: { name: 'Old' } })
    compare.leave()
    expect(useCompareBase.getState()).toBeNull()
    expect(store.getState().design).toBe(before.design)
    expect(store.temporal.getState().pastStates.length).toBe(before.past)
    expect(store.getState().fileName).toBe(before.fileName)
  })

  it('ends when another document replaces the one on screen, not when it is edited or saved', () => {
    const store = createEditorStore()
    const compare = createCompareActions(store, {} as Platform)
    compare.compareWithBytes('old.archsight', new TextEncoder().encode(serializeDesign(store.getState().design)))
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    store.getState().markSaved('a.archsight', 'id-a')
    expect(useCompareBase.getState()?.fileName).toBe('old.archsight')
    store.getState().loadDesign({ ...store.getState().design, name: 'Other' }, 'b.archsight', 'id-b')
    expect(useCompareBase.getState()).toBeNull()
  })

  it('a broken file names the JSON path in the banner and keeps the comparison as it was', () => {
    const store = createEditorStore()
    const compare = createCompareActions(store, {} as Platform)
    expect(compare.compareWithBytes('good.archsight', new TextEncoder().encode(serializeDesign(store.getState().design)))).toBe(true)
    const kept = useCompareBase.getState()
    expect(compare.compareWithBytes('bad.archsight', new TextEncoder().encode('{"format":"archsight","version":2,"name":"x","nodes":[{}],"edges":[]}'))).toBe(false)
    expect(store.getState().loadError).toMatch(/^Could not compare with bad\.archsight: .*\(at nodes\[0\]\.id\)$/)
    expect(useCompareBase.getState()).toBe(kept)
    compare.leave()
  })
})
