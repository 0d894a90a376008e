import type { Analysis } from '@core/analysis'
import type { Design } from '@core/design/types'
import { diffAnalysis } from './analysisDelta'
import { applyDesignDelta } from './designDelta'
import type { AnalysisRequest, AnalysisResponse } from './scheduler'

/**
 * The worker's side of the protocol, kept apart from the worker's globals so tests drive the same code.
 * It holds the design of the last request, so the next can be sent as a change from it (designDelta.ts).
 * It remembers its last result and answers each request with the delta from it; `base` names that result's
 * sequence number (0: none), so the main thread can tell if its mirror ever fell out of step.
 */
export interface ResponderOptions {
  /**
   * Extra runs of the first design after a whole answer, each its own task (`schedule`), results dropped. A
   * worker's first analyses of a design run cold (V8 has not yet optimised the analysis), 5-10x slower than
   * warm; without this the first edits after a design opens paid for it (bench:canvas).
   */
  warmRuns?: number
  schedule?: (run: () => void) => void
}

export function createAnalysisResponder(
  analyze: (design: Design) => Analysis,
  { warmRuns = 0, schedule = (run) => setTimeout(run, 0) }: ResponderOptions = {},
): (request: AnalysisRequest) => AnalysisResponse {
  let previous: { seq: number; analysis: Analysis } | null = null
  let latest: Design | null = null
  let warmLeft = 0

  // Warm-up reads only `latest` and `previous`, and writes neither: what it computes is thrown away, so no
  // answer ever depends on it (the answers are the same with and without it). A request that arrives waits
  // for at most the one run in progress; the runs stop once the latest design has been analysed enough.
  const warm = (): void => {
    if (warmLeft <= 0 || !latest) return
    warmLeft--
    try {
      const analysis = analyze(latest)
      if (previous) diffAnalysis(previous.analysis, analysis)
    } catch {
      warmLeft = 0
      return
    }
    if (warmLeft > 0) schedule(warm)
  }

  return (request) => {
    const { seq } = request
    try {
      if ('designDelta' in request) {
        if (!latest) throw new Error('design delta without a design to apply it to')
        latest = applyDesignDelta(latest, request.designDelta)
      } else {
        if (request.reset) previous = null
        latest = request.design
      }
      const design = latest
      const analysis = analyze(design)
      const base = previous?.seq ?? 0
      const delta = diffAnalysis(previous?.analysis ?? null, analysis)
      previous = { seq, analysis }
      // A whole answer is a design just opened (or a mirror rebuilt): the edits that follow are worth warming for.
      if (base === 0 && warmRuns > 0 && warmLeft === 0) {
        warmLeft = warmRuns
        schedule(warm)
      }
      return { seq, base, delta }
    } catch (error) {
      // Never expected. Whatever went wrong, the deltas that follow must not be applied to a design that may
      // not be the one they were made from: they fail until the main thread, told by this error, sends a whole one.
      latest = null
      return { seq, error: error instanceof Error ? error.message : String(error) }
    }
  }
}
