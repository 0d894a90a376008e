import { beforeEach, describe, expect, it } from 'vitest'
import { serializeDesign } from '@core/design'
import type { Design } from '@core/design/types'
import { useEditorStore } from '@renderer/store'
import { getFailureTable, useWhatIf } from './whatIfStore'

const design: Design = {
  format: 'archsight',
  version: 2,
  name: 'Shop',
  nodes: [
    { id: 'web', kind: 'client', technology: 'web', position: { x: 0, y: 0 } },
    { id: 'lb', kind: 'load-balancer', position: { x: 240, y: 0 } },
    { id: 'api', kind: 'service', position: { x: 480, y: 0 } },
    { id: 'db', kind: 'relational-db', technology: 'postgres', position: { x: 720, y: 0 } },
  ],
  edges: [
    { id: 'e1', source: 'web', target: 'lb', mode: 'sync', access: 'read-write' },
    { id: 'e2', source: 'lb', target: 'api', mode: 'sync', access: 'read-write' },
    { id: 'e3', source: 'api', target: 'db', mode: 'sync', access: 'read-write' },
  ],
}

describe('the what-if store', () => {
  beforeEach(() => {
    useWhatIf.getState().setOn(false)
    useEditorStore.getState().loadDesign(design, 'shop.archsight')
  })

  it('fails and restores without touching the design, its saved state or its undo history', () => {
    const before = serializeDesign(useEditorStore.getState().design)
    const history = useEditorStore.temporal.getState().pastStates.length
    const whatIf = useWhatIf.getState()
    whatIf.toggleFail({ type: 'node', id: 'lb' })
    expect(useWhatIf.getState().fails).toEqual([]) // outside the mode a click fails nothing
    whatIf.setOn(true)
    expect(useWhatIf.getState().scenario?.states).toEqual({ web: 'up', lb: 'up', api: 'up', db: 'up' })
    useWhatIf.getState().toggleFail({ type: 'node', id: 'lb' })
    useWhatIf.getState().toggleFail({ type: 'edge', id: 'e3' })
    expect(useWhatIf.getState().scenario?.states.web).toBe('down')
    expect(useWhatIf.getState().marks?.nodes.get('lb')).toEqual({ state: 'down', failed: true })
    expect(useWhatIf.getState().marks?.edges.get('e3')).toEqual({ state: 'down', failed: true })
    expect(useWhatIf.getState().title).toBe('What if: Nginx, the link Service → PostgreSQL fail')
    useWhatIf.getState().toggleFail({ type: 'node', id: 'lb' })
    expect(useWhatIf.getState().fails).toEqual([{ type: 'edge', id: 'e3' }])
    useWhatIf.getState().setOn(false)
    expect(useWhatIf.getState()).toMatchObject({ isOn: false, fails: [], preview: null, scenario: null, marks: null })
    expect(serializeDesign(useEditorStore.getState().design)).toBe(before)
    expect(useEditorStore.getState().design).toBe(useEditorStore.getState().savedDesign)
    expect(useEditorStore.temporal.getState().pastStates).toHaveLength(history)
  })

  it('previews one failure alone and goes back to the chosen ones; keeps marks that did not change', () => {
    useWhatIf.getState().setOn(true)
    useWhatIf.getState().toggleFail({ type: 'node', id: 'db' })
    const dbMark = useWhatIf.getState().marks?.nodes.get('db')
    useWhatIf.getState().setPreview({ type: 'node', id: 'lb' })
    expect(useWhatIf.getState().scenario?.fails).toEqual([{ type: 'node', id: 'lb' }])
    expect(useWhatIf.getState().scenario?.states.db).toBe('up')
    useWhatIf.getState().setPreview(null)
    expect(useWhatIf.getState().scenario?.fails).toEqual([{ type: 'node', id: 'db' }])
    // Marks are shared per state: an unchanged card gets the very same object (no re-render).
    expect(useWhatIf.getState().marks?.nodes.get('db')).toBe(dbMark)
  })

  it('follows an edit made in the mode; a failed part that is deleted drops out', () => {
    useWhatIf.getState().setOn(true)
    useWhatIf.getState().toggleFail({ type: 'node', id: 'api' })
    expect(useWhatIf.getState().scenario?.states.web).toBe('down')
    useEditorStore.getState().select(['api'], [])
    useEditorStore.getState().removeSelection()
    expect(useWhatIf.getState().fails).toEqual([])
    expect(useWhatIf.getState().scenario?.states.web).toBe('up')
  })

  it('keeps one single-failure table per design', () => {
    const rows = getFailureTable(useEditorStore.getState().design)
    expect(getFailureTable(useEditorStore.getState().design)).toBe(rows)
    expect(rows.find((r) => r.fail.id === 'lb')).toMatchObject({ breaks: ['web'], severity: 'error', spof: true })
  })
})
