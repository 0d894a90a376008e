import { describe, expect, it, vi } from 'vitest'
import { toMermaid } from '@core/export/mermaid'
import { createEditorStore } from '@renderer/store'
import { createCopyMermaidAction } from './copyMermaid'

describe('Copy as Mermaid', () => {
  it("puts core's flowchart on the clipboard and says so", async () => {
    const store = createEditorStore()
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    const writeText = vi.fn(async (_text: string) => {})
    const action = createCopyMermaidAction(store, () => ({ writeText }) as unknown as Clipboard)
    expect(action.isEnabled?.()).toBe(true)
    await action.run()
    const text = writeText.mock.calls[0][0] as string
    expect(text.startsWith('flowchart LR')).toBe(true)
    // The same text the CLI writes for this design (the analysis adds only classes, so the node line is there).
    expect(text.split('\n').slice(0, 2)).toEqual(toMermaid(store.getState().design).split('\n').slice(0, 2))
    expect(store.getState().notice?.message).toMatch(/^Copied a Mermaid flowchart of .+ \(\d+ lines\) to the clipboard$/)
  })

  it('says why when the clipboard refuses, and copies nothing from an empty canvas', async () => {
    const store = createEditorStore()
    const refused = createCopyMermaidAction(store, () => ({ writeText: async () => Promise.reject(new Error('denied')) }) as unknown as Clipboard)
    expect(refused.isEnabled?.()).toBe(false)
    store.getState().addNode('cache', 'redis', { x: 0, y: 0 })
    await refused.run()
    expect(store.getState().notice?.message).toMatch(/^Could not copy the Mermaid text: denied\./)
    await createCopyMermaidAction(store, () => undefined).run()
    expect(store.getState().notice?.message).toMatch(/clipboard is not available here/)
  })
})
