import { describe, expect, it, vi } from 'vitest'
import { serializeDesign } from '@core/design'
import templateIndex from '../../../../resources/templates/index.json'
import { createEditorStore } from '@renderer/store'
import { openTemplate } from './openTemplate'
import { getTemplates, loadTemplates } from './templates'

describe('templates', () => {
  it('bundles every template of index.json, in its order, parsed', () => {
    const templates = getTemplates()
    expect(templates.map((t) => t.id)).toEqual(templateIndex.map((e) => e.id))
    expect(templates.length).toBeGreaterThanOrEqual(5)
    for (const template of templates) {
      expect(template.name.length).toBeGreaterThan(0)
      expect(template.description.length).toBeGreaterThan(0)
      expect(template.design.nodes.length).toBeGreaterThan(0)
      expect(serializeDesign(template.design)).toContain('"format": "archsight"')
    }
  })

  it('names the entry when its file is missing or invalid', () => {
    const entry = { id: 'x', file: 'x.archsight', name: 'X', description: 'd' }
    expect(() => loadTemplates([entry], {})).toThrow('template x: x.archsight is not bundled')
    const invalid = { '/t/x.archsight': '{"format":"archsight","version":1}' }
    expect(() => loadTemplates([entry], invalid)).toThrow(/^template x: /)
  })
})

describe('openTemplate', () => {

  it('opens a template as a new untitled design with nothing to save', async () => {
    const store = createEditorStore()
    const [template] = getTemplates()
    store.setState({ fileName: 'orders.archsight', fileId: 'id-of-orders' })
    expect(await openTemplate(store, async () => true, template)).toBe(true)
    const state = store.getState()
    expect(state.design).toBe(template.design)
    expect(state.fileName).toBeNull()
    expect(state.fileId).toBeNull() // Save asks where: never over the file that was open before
    expect(state.design === state.savedDesign).toBe(true)
  })

  it('asks before dropping unsaved changes and keeps them when the user says no', async () => {
    const store = createEditorStore()
    store.getState().addNode('service', 'generic', { x: 0, y: 0 })
    const edited = store.getState().design
    const mayReplace = vi.fn(async () => false)
    expect(await openTemplate(store, mayReplace, getTemplates()[1])).toBe(false)
    expect(mayReplace).toHaveBeenCalledOnce()
    expect(store.getState().design).toBe(edited)
  })
})
