import type { Analysis } from '@core/analysis'
import type { Design } from '@core/design/types'
import { diffAnalysis } from './analysisDelta'
import type { AnalysisRequest, AnalysisResponse } from './scheduler'

/**
 * The worker's side of the protocol, kept apart from the worker's globals so tests drive the same code.
 * It remembers its last result and answers each request with the delta from it; `base` names that result's
 * sequence number (0: none), so the main thread can tell if its mirror ever fell out of step.
 */
export function createAnalysisResponder(analyze: (design: Design) => Analysis): (request: AnalysisRequest) => AnalysisResponse {
  let previous: { seq: number; analysis: Analysis } | null = null
  return ({ seq, design, reset }) => {
    if (reset) previous = null
    try {
      const analysis = analyze(design)
      const base = previous?.seq ?? 0
      const delta = diffAnalysis(previous?.analysis ?? null, analysis)
      previous = { seq, analysis }
      return { seq, base, delta }
    } catch (error) {
      return { seq, error: error instanceof Error ? error.message : String(error) }
    }
  }
}
