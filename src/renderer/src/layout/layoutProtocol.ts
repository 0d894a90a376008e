import type { ElkNodeJson } from '@core/layout'

/** Messages between the editor and layout.worker.ts: one request, one answer, matched by id. */

export interface LayoutRequest {
  id: number
  graph: ElkNodeJson
}

export type LayoutResponse = { id: number; ok: true; graph: ElkNodeJson } | { id: number; ok: false; message: string }
