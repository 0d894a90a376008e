/// <reference lib="webworker" />
import { analyze } from '../../../core/analysis'
import type { AnalysisRequest, AnalysisResponse } from './scheduler'

/** Off-main-thread analysis for large designs: one request in, one answer out, tagged with its sequence number. */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { seq, design } = event.data
  let response: AnalysisResponse
  try {
    response = { seq, analysis: analyze(design) }
  } catch (error) {
    response = { seq, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
