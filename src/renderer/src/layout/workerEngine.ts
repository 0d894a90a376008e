import type { ElkNodeJson, LayoutEngine } from '@core/layout'
import type { LayoutRequest, LayoutResponse } from './layoutProtocol'

/**
 * core/layout's LayoutEngine over a Web Worker, with a time limit: a layout that runs past it is stopped by
 * terminating the worker (ELK cannot be interrupted otherwise), and the next layout starts a fresh one.
 * 20 s, not less: a zoned 500-node design takes ELK 10 s and more on a busy two-core machine (bench/export.bench.ts).
 */

export const LAYOUT_TIME_LIMIT_MS = 20_000

export class LayoutTimeoutError extends Error {
  constructor(readonly limitMs: number) {
    super(`Auto-layout took longer than ${Math.round(limitMs / 1000)} s and was stopped`)
    this.name = 'LayoutTimeoutError'
  }
}

/** The part of Worker this engine uses, so tests can pass a fake. */
export interface LayoutWorker {
  postMessage(message: LayoutRequest): void
  terminate(): void
  onmessage: ((event: MessageEvent<LayoutResponse>) => void) | null
  onerror: ((event: ErrorEvent) => void) | null
}

export function createLayoutWorker(): LayoutWorker {
  return new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'archsight-layout' })
}

interface Pending {
  resolve: (graph: ElkNodeJson) => void
  reject: (error: Error) => void
  timer: ReturnType<typeof setTimeout>
}

export function createWorkerEngine(
  spawn: () => LayoutWorker = createLayoutWorker,
  timeLimitMs = LAYOUT_TIME_LIMIT_MS,
): LayoutEngine & { dispose: () => void } {
  let worker: LayoutWorker | null = null
  let nextId = 1
  const pending = new Map<number, Pending>()

  const stop = (error: Error) => {
    worker?.terminate()
    worker = null
    for (const entry of pending.values()) {
      clearTimeout(entry.timer)
      entry.reject(error)
    }
    pending.clear()
  }

  const ensureWorker = (): LayoutWorker => {
    if (worker) return worker
    const created = spawn()
    created.onmessage = (event) => {
      const entry = pending.get(event.data.id)
      if (!entry) return
      pending.delete(event.data.id)
      clearTimeout(entry.timer)
      if (event.data.ok) entry.resolve(event.data.graph)
      else entry.reject(new Error(event.data.message))
    }
    created.onerror = (event) => stop(new Error(event.message || 'the layout worker failed to start'))
    worker = created
    return created
  }

  return {
    layout: (graph) =>
      new Promise<ElkNodeJson>((resolve, reject) => {
        const id = nextId++
        const target = ensureWorker()
        const timer = setTimeout(() => stop(new LayoutTimeoutError(timeLimitMs)), timeLimitMs)
        pending.set(id, { resolve, reject, timer })
        target.postMessage({ id, graph })
      }),
    dispose: () => stop(new Error('the layout engine was disposed')),
  }
}
