import { describe, expect, it } from 'vitest'
import { analyze } from '@core/analysis'
import type { Design } from '@core/design/types'
import { useEditorStore } from '@renderer/store'
import { useAnnotationUi } from './annotationUi'
import { forgetMarksOfOtherLoad, getAnalysisFor, keepAnalysisFor, publishAnalysis, setAnalysisPending, useAnalysisStore, type AnalysisState } from './analysisStore'

const design: Design = {
  format: 'archsight',
  version: 2,
  name: 'Two tiers',
  nodes: [
    { id: 'web', kind: 'client', position: { x: 0, y: 0 } },
    { id: 'api', kind: 'service', position: { x: 240, y: 0 } },
  ],
  edges: [{ id: 'e1', source: 'web', target: 'api', mode: 'sync', access: 'read-write' }],
}

describe('getAnalysisFor', () => {
  it('reuses the analysis on screen for the same design, also after a move', () => {
    const shown = analyze(design)
    publishAnalysis(shown, design, 0)
    expect(getAnalysisFor(design)).toBe(shown)
    const moved = { ...design, nodes: [design.nodes[0], { ...design.nodes[1], position: { x: 400, y: 80 } }] }
    expect(getAnalysisFor(moved)).toBe(shown)
  })

  it('runs afresh when the design changed in a way the analysis reads', () => {
    const shown = analyze(design)
    publishAnalysis(shown, design, 0)
    const scaled = { ...design, nodes: [design.nodes[0], { ...design.nodes[1], props: { instances: 2 } }] }
    const fresh = getAnalysisFor(scaled)
    expect(fresh).not.toBe(shown)
    expect(fresh.spof.map((s) => s.node)).toEqual([])
    expect(shown.spof.map((s) => s.node)).toEqual(['api'])
  })
})

describe('publishAnalysis', () => {
  it('shows the result and clears "updating" in one store update', () => {
    setAnalysisPending(true)
    const updates: AnalysisState[] = []
    const stop = useAnalysisStore.subscribe((state) => updates.push(state))
    publishAnalysis(analyze(design), design, 0)
    setAnalysisPending(false)
    stop()
    expect(updates).toHaveLength(1)
    expect(updates[0]).toMatchObject({ isPending: false, design })
  })
})

describe('keepAnalysisFor', () => {
  it('lets the result on screen stand for a new load of the same design, positions apart', () => {
    publishAnalysis(analyze(design), design, 3)
    const reopened = { ...design, nodes: [design.nodes[0], { ...design.nodes[1], position: { x: 500, y: 0 } }] }
    keepAnalysisFor(reopened, 4)
    expect(useAnalysisStore.getState().loadCount).toBe(4)
  })

  it('does not let a result of another design stand for the new load', () => {
    publishAnalysis(analyze(design), design, 3)
    const other = { ...design, nodes: [...design.nodes, { id: 'db', kind: 'relational-db', position: { x: 480, y: 0 } }] } as Design
    keepAnalysisFor(other, 4)
    expect(useAnalysisStore.getState()).toMatchObject({ loadCount: 3, design })
  })
})

describe('forgetMarksOfOtherLoad', () => {
  it("bares the cards of a new load while its result is on its way, and keeps the marks of this load's result", () => {
    publishAnalysis(analyze(design), design, 5)
    const marked = useAnalysisStore.getState().annotations
    expect(marked.nodes.get('api')).toBeDefined()
    forgetMarksOfOtherLoad(5)
    expect(useAnalysisStore.getState().annotations).toBe(marked)
    forgetMarksOfOtherLoad(6)
    expect(useAnalysisStore.getState().annotations.nodes.get('api')).toBeUndefined()
  })
})

describe('the heat view while a new load is analysed', () => {
  it("does not bring the marks of the design open before back onto the new one's cards", () => {
    publishAnalysis(analyze(design), design, 7)
    useEditorStore.setState({ loadCount: 8 })
    forgetMarksOfOtherLoad(8)
    useAnnotationUi.getState().toggleHeat()
    expect(useAnalysisStore.getState().annotations.nodes.get('api')).toBeUndefined()
    useAnnotationUi.getState().toggleHeat()
    useEditorStore.setState({ loadCount: 7 })
  })
})
