/// <reference lib="webworker" />
import { serializeDesign } from '@core/design'
import type { SerializeRequest, SerializeResponse } from './backgroundSerializer'

/** The recovery copy's text, written off the main thread (at 1,000 nodes it took a 30-60 ms task there). */
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<SerializeRequest>) => {
  const { id, design } = event.data
  let response: SerializeResponse
  try {
    response = { id, text: serializeDesign(design) }
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
