import { useEffect } from 'react'
import { analyze } from '@core/analysis'
import { useEditorStore } from '@renderer/store'
import { forgetMarksOfOtherLoad, keepAnalysisFor, publishAnalysis, setAnalysisPending } from './analysisStore'
import { useLoadScale, withLoadScale } from './loadScale'
import { AnalysisScheduler, type WorkerLike } from './scheduler'

function createAnalysisWorker(): WorkerLike | null {
  try {
    return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike
  } catch {
    return null
  }
}

/**
 * Keeps the analysis in step with the design. It listens to the store itself (not to a render), so a small
 * design's result is published in the same task as the edit and both paint in one frame; a drag in flight
 * never touches the design (the canvas moves a local copy), and its commit only moves nodes, which the
 * scheduler ignores. Mount once.
 */
export function useAnalysisRunner(): void {
  useEffect(() => {
    const scheduler = new AnalysisScheduler({
      analyzeNow: (design) => analyze(design),
      createWorker: createAnalysisWorker,
      // Only the latest request's answer is published, and a load submits its design at once: the answer
      // published belongs to the load now in the editor.
      onResult: (analysis, design) => publishAnalysis(analysis, design, useEditorStore.getState().loadCount),
      onPending: setAnalysisPending,
    })
    // A load scenario (loadScale.ts) is analysed in place of the design; moving its slider re-runs the analysis.
    // A load of a design the scheduler need not analyse again (the same template object opened a second time,
    // or a design equal to the one analysed, positions apart) keeps the result on screen, which then holds for
    // the new load too. A file opened again is parsed afresh, so it is analysed again.
    const submit = () => {
      const { design, loadCount } = useEditorStore.getState()
      const scaled = withLoadScale(design)
      if (!scheduler.submit(scaled)) keepAnalysisFor(scaled, loadCount)
      forgetMarksOfOtherLoad(loadCount)
    }
    submit()
    const stop = useEditorStore.subscribe((state, previous) => {
      // A load counts even when the design object is the same (templates are parsed once and cached): the
      // result must be marked as this load's, or the panels would wait for it forever.
      if (state.design !== previous.design || state.loadCount !== previous.loadCount) submit()
    })
    const stopScale = useLoadScale.subscribe(submit)
    return () => {
      stop()
      stopScale()
      scheduler.dispose()
    }
  }, [])
}
