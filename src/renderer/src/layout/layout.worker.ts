/// <reference lib="webworker" />
/**
 * Runs ELK off the main thread, so a 500-node layout never freezes the canvas. elk.bundled.js runs ELK in this
 * thread when no workerUrl is given (its "fake worker"), which is what we want inside a worker.
 */
import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkNode } from 'elkjs/lib/elk.bundled.js'
import type { ElkNodeJson } from '@core/layout'
import type { LayoutRequest, LayoutResponse } from './layoutProtocol'

declare const self: DedicatedWorkerGlobalScope

const elk = new ELK()

// Loaded in a worker, elk.bundled.js believes it IS ELK's own worker and claims self.onmessage at import time;
// its dispatcher would answer our requests with errors. Assigning our handler replaces it.
self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, graph } = event.data
  let response: LayoutResponse
  try {
    const result = (await elk.layout(graph as ElkNode)) as ElkNodeJson
    response = { id, ok: true, graph: result }
  } catch (error) {
    response = { id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
