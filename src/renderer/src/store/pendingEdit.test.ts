import { describe, expect, it, vi } from 'vitest'
import { createEmptyDesign, type Design } from '@core/design/types'
import { createEditorStore } from './index'
import { commitAfterThisTask, flushPendingEdit } from './pendingEdit'


const twoCards = (): Design => ({
  ...createEmptyDesign('Two'),
  nodes: [
    { id: 'a', kind: 'service', position: { x: 100, y: 100 } },
    { id: 'b', kind: 'service', position: { x: 500, y: 100 } },
  ],
})

const positionOf = (design: Design, id: string) => design.nodes.find((n) => n.id === id)?.position

describe('a drop committed in the next task', () => {
  it('runs in a later task, once, unless flushed first', async () => {
    const runs: string[] = []
    commitAfterThisTask(() => runs.push('drop'))
    expect(runs).toEqual([])
    await vi.waitFor(() => expect(runs).toEqual(['drop']))
    commitAfterThisTask(() => runs.push('second'))
    expect(flushPendingEdit()).toBe(true)
    expect(flushPendingEdit()).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(runs).toEqual(['drop', 'second'])
  })

  it('keeps the order of two drops: a second one commits the first before it waits', async () => {
    const runs: string[] = []
    commitAfterThisTask(() => runs.push('first'))
    commitAfterThisTask(() => runs.push('second'))
    expect(runs).toEqual(['first'])
    await vi.waitFor(() => expect(runs).toEqual(['first', 'second']))
  })

  it('is in the design before any store action: undo in the gap takes back the drop, not the edit before it', () => {
    const store = createEditorStore()
    store.getState().loadDesign(twoCards(), 'two.archsight')
    store.getState().moveNodes(new Map([['b', { x: 500, y: 300 }]]))
    commitAfterThisTask(() => store.getState().moveNodes(new Map([['a', { x: 250, y: 180 }]])))
    store.getState().undo()
    expect(positionOf(store.getState().design, 'a')).toEqual({ x: 100, y: 100 })
    expect(positionOf(store.getState().design, 'b')).toEqual({ x: 500, y: 300 })
    store.getState().redo()
    expect(positionOf(store.getState().design, 'a')).toEqual({ x: 250, y: 180 })
  })

  it('is what a save in the gap marks as saved, and a selection in the gap follows it', () => {
    const store = createEditorStore()
    store.getState().loadDesign(twoCards(), 'two.archsight')
    commitAfterThisTask(() => store.getState().moveNodes(new Map([['a', { x: 250, y: 180 }]])))
    store.getState().markSaved('two.archsight')
    expect(positionOf(store.getState().savedDesign, 'a')).toEqual({ x: 250, y: 180 })
    expect(store.getState().design).toBe(store.getState().savedDesign)
    commitAfterThisTask(() => store.getState().moveNodes(new Map([['b', { x: 600, y: 120 }]])))
    store.getState().select(['b'], [])
    expect(positionOf(store.getState().design, 'b')).toEqual({ x: 600, y: 120 })
  })
})
