import { afterEach, describe, expect, it } from 'vitest'
import { analyze } from '@core/analysis'
import { moveNodes } from '@core/design/edit/designOps'
import type { Design } from '@core/design/types'
import { useEditorStore } from '@renderer/store'
import {
  applyLoadScaleToWorkload,
  findStopIndex,
  LOAD_SCALE_STOPS,
  listLoadScenarios,
  resetLoadScale,
  setLoadScale,
  useLoadScale,
  withLoadScale,
} from './loadScale'
import { AnalysisScheduler } from './scheduler'

const design: Design = {
  format: 'archsight',
  version: 2,
  name: 'Two tiers',
  workload: { monthlyActiveUsers: 100000, readWriteRatio: 10 },
  nodes: [
    { id: 'web', kind: 'client', position: { x: 0, y: 0 } },
    { id: 'api', kind: 'service', position: { x: 240, y: 0 } },
  ],
  edges: [{ id: 'e1', source: 'web', target: 'api', mode: 'sync', access: 'read-write' }],
}

function history() {
  return useEditorStore.temporal.getState()
}

afterEach(() => resetLoadScale())

describe('load scale stops', () => {
  it('run from x1 to x100, rising, with every whole factor to x10 so the low end is not squeezed', () => {
    expect(LOAD_SCALE_STOPS[0]).toBe(1)
    expect(LOAD_SCALE_STOPS.at(-1)).toBe(100)
    for (let i = 1; i < LOAD_SCALE_STOPS.length; i++) expect(LOAD_SCALE_STOPS[i]).toBeGreaterThan(LOAD_SCALE_STOPS[i - 1])
    expect(LOAD_SCALE_STOPS.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    // x10 sits near the middle of the track.
    expect(findStopIndex(10) / (LOAD_SCALE_STOPS.length - 1)).toBeGreaterThan(0.4)
    expect(LOAD_SCALE_STOPS[findStopIndex(50)]).toBe(50)
    expect(LOAD_SCALE_STOPS[findStopIndex(48)]).toBe(50)
  })
})

describe('withLoadScale', () => {
  it('is the design itself at x1, and the scaled design above it, named for the legend', () => {
    expect(withLoadScale(design)).toBe(design)
    expect(listLoadScenarios(design, 1)).toEqual([])
    setLoadScale(50)
    expect(withLoadScale(design).workload?.monthlyActiveUsers).toBe(5000000)
    expect(withLoadScale(design, 2).workload?.monthlyActiveUsers).toBe(200000)
    expect(listLoadScenarios(design, 50)).toEqual(['Load ×50'])
    const bare = { ...design, workload: undefined }
    expect(withLoadScale(bare)).toBe(bare)
    expect(listLoadScenarios(bare, 50)).toEqual([])
  })

  it('lets the scheduler skip a finished drag under a scenario, and re-run when the factor moves', () => {
    const runs: number[] = []
    const scheduler = new AnalysisScheduler({
      analyzeNow: (d) => {
        runs.push(d.workload?.monthlyActiveUsers ?? 0)
        return analyze(d)
      },
      onResult: () => {},
    })
    setLoadScale(20)
    expect(scheduler.submit(withLoadScale(design))).toBe(true)
    const moved = moveNodes(design, new Map([['api', { x: 500, y: 80 }]]))
    expect(moved).not.toBe(design)
    expect(scheduler.submit(withLoadScale(moved))).toBe(false)
    setLoadScale(30)
    expect(scheduler.submit(withLoadScale(moved))).toBe(true)
    expect(runs).toEqual([2000000, 3000000])
  })
})

describe('the load scenario and the document', () => {
  it('never edits the design; Apply writes the scaled users as one undo step and ends the scenario', () => {
    useEditorStore.getState().loadDesign(design, 'two.archsight')
    setLoadScale(50)
    const state = useEditorStore.getState()
    expect(state.design).toBe(design)
    expect(state.design).toBe(state.savedDesign)
    expect(history().pastStates).toHaveLength(0)

    applyLoadScaleToWorkload()
    expect(useLoadScale.getState().factor).toBe(1)
    expect(useEditorStore.getState().design.workload).toEqual({ monthlyActiveUsers: 5000000, readWriteRatio: 10 })
    expect(useEditorStore.getState().lastEditLabel).toBe('Workload scaled ×50')
    expect(history().pastStates).toHaveLength(1)
    useEditorStore.getState().undo()
    expect(useEditorStore.getState().design).toBe(design)

    // At x1 there is nothing to apply.
    applyLoadScaleToWorkload()
    expect(history().pastStates).toHaveLength(0)
  })

  it('ends when another design is opened or the workload removed', () => {
    useEditorStore.getState().loadDesign(design, 'two.archsight')
    setLoadScale(10)
    useEditorStore.getState().loadDesign({ ...design, name: 'Other' }, null)
    expect(useLoadScale.getState().factor).toBe(1)

    setLoadScale(10)
    useEditorStore.getState().updateDesign({ name: 'Renamed' })
    expect(useLoadScale.getState().factor).toBe(10)
    useEditorStore.getState().updateDesign({ workload: undefined })
    expect(useLoadScale.getState().factor).toBe(1)
  })
})
