import { create } from 'zustand'
import { analyze, type Analysis } from '@core/analysis'
import type { Design } from '@core/design/types'
import { useEditorStore } from '@renderer/store'
import { useAnnotationUi } from './annotationUi'
import { isSameForAnalysis } from './designCompare'
import { buildAnnotations, EMPTY_ANNOTATIONS, EMPTY_NODE_ANNOTATION, type Annotations, type NodeAnnotation } from './annotations'

/**
 * The latest analysis shown, derived from the editor's design by the scheduler (never edited by hand), with
 * its per-node and per-edge slices. Components read one slice each; unchanged slices keep their identity.
 */
export interface AnalysisState {
  analysis: Analysis | null
  /** The design the analysis was computed for (ids and labels of the findings' targets). */
  design: Design | null
  annotations: Annotations
  isPending: boolean
  /**
   * The editor's load (its loadCount: New, Open, a template, a restored draft) the analysed design belongs to.
   * A result of another load says nothing of the design on screen, not even "no problems".
   */
  loadCount: number
}

export const useAnalysisStore = create<AnalysisState>()(() => ({
  analysis: null,
  design: null,
  annotations: EMPTY_ANNOTATIONS,
  isPending: false,
  loadCount: -1,
}))

export function publishAnalysis(analysis: Analysis, design: Design, loadCount: number): void {
  const { annotations: previous, analysis: before, design: beforeDesign } = useAnalysisStore.getState()
  const isHeatOn = useAnnotationUi.getState().isHeatOn
  // A published result is the latest (the scheduler drops stale answers): nothing is pending any more, and
  // saying so in the same update spares every subscriber a second round of selectors and renders.
  useAnalysisStore.setState({ analysis, design, annotations: buildAnnotations(analysis, design, isHeatOn, previous, before, beforeDesign), isPending: false, loadCount })
}

// The heat view changes what the cards draw (core/picture's marks), so turning it on or off re-slices the
// analysis on screen; cards whose marks did not change keep their objects and do not re-render.
useAnnotationUi.subscribe((state, before) => {
  const { analysis, design, annotations, loadCount } = useAnalysisStore.getState()
  if (state.isHeatOn === before.isHeatOn || !analysis || !design) return
  // The result of the design open before stays off the new one's cards (forgetMarksOfOtherLoad); its own
  // result, when it comes, is sliced under the heat setting of that moment.
  if (loadCount !== useEditorStore.getState().loadCount) return
  // No `before`: the same analysis under another heat setting still changes the marks.
  useAnalysisStore.setState({ annotations: buildAnnotations(analysis, design, state.isHeatOn, annotations) })
})

/**
 * A design of a new load that needs no new run: the result on screen holds for that load too when it was
 * computed for the same design (positions apart). If it was not (the same design is still on its way to the
 * worker), the answer, when it comes, is published for the load now in the editor.
 */
export function keepAnalysisFor(design: Design, loadCount: number): void {
  const { design: analysed, loadCount: shownLoad } = useAnalysisStore.getState()
  if (shownLoad !== loadCount && analysed && isSameForAnalysis(analysed, design)) useAnalysisStore.setState({ loadCount })
}

/**
 * A new load whose design went to the worker: its cards must not wear the marks of the design open before (ids
 * recur between designs) while its own result is on its way; they stay bare until it comes.
 */
export function forgetMarksOfOtherLoad(loadCount: number): void {
  const { loadCount: shownLoad, annotations } = useAnalysisStore.getState()
  if (shownLoad !== loadCount && annotations !== EMPTY_ANNOTATIONS) useAnalysisStore.setState({ annotations: EMPTY_ANNOTATIONS })
}

/**
 * Whether the result in the store is of the design now in the editor (same load). After opening another design
 * it is not, for the seconds its analysis takes at 1,000 nodes: the summary and the inspector then show nothing
 * rather than the old design's CAP, workload and findings.
 */
export function useIsAnalysisOfThisLoad(): boolean {
  return useAnalysisStore((s) => s.loadCount) === useEditorStore((s) => s.loadCount)
}

export function setAnalysisPending(isPending: boolean): void {
  if (useAnalysisStore.getState().isPending !== isPending) useAnalysisStore.setState({ isPending })
}

/** The analysis of this design: the one on screen when it still applies (moves never change it), else a fresh run. */
export function getAnalysisFor(design: Design): Analysis {
  const { analysis, design: analysed } = useAnalysisStore.getState()
  return analysis && analysed && isSameForAnalysis(analysed, design) ? analysis : analyze(design)
}

export function useNodeAnnotation(id: string): NodeAnnotation {
  return useAnalysisStore((s) => s.annotations.nodes.get(id) ?? EMPTY_NODE_ANNOTATION)
}
