/// <reference lib="webworker" />
import { analyze } from '@core/analysis'
import { createAnalysisResponder } from './analysisResponder'
import type { AnalysisRequest } from './scheduler'

/** Off-main-thread analysis for large designs: one request in, one delta from the previous answer out. */
const scope = self as unknown as DedicatedWorkerGlobalScope
const respond = createAnalysisResponder(analyze)

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  scope.postMessage(respond(event.data))
}
