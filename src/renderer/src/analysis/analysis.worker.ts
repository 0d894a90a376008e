/// <reference lib="webworker" />
import { analyze } from '@core/analysis'
import { createAnalysisResponder } from './analysisResponder'
import type { AnalysisRequest } from './scheduler'

/** Off-main-thread analysis for large designs: one request in, one delta from the previous answer out. */
const scope = self as unknown as DedicatedWorkerGlobalScope
// A few runs of a newly opened design while the person looks at it, so their first edits find V8 warm.
const respond = createAnalysisResponder(analyze, { warmRuns: 5 })

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  scope.postMessage(respond(event.data))
}
