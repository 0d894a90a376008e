import { serializeDesign } from '@core/design'
import type { Design } from '@core/design/types'

/**
 * serializeDesign in a worker, for the recovery copy: the text of a 1,000-node design took a 30-60 ms task on
 * the main thread after every pause in editing (issue 13). The worker answers in the order it was asked, so
 * copies are written in the order their designs were made. Without a worker (tests, a browser that refuses
 * one) it serialises in place, as before.
 */

export interface SerializeRequest {
  id: number
  design: Design
}

export type SerializeResponse = { id: number; text: string } | { id: number; error: string }

/** The part of Worker this uses, so tests can pass a fake. */
export interface SerializeWorker {
  postMessage(message: SerializeRequest): void
  terminate(): void
  onmessage: ((event: { data: SerializeResponse }) => void) | null
  onerror: ((event: unknown) => void) | null
}

function spawnSerializeWorker(): SerializeWorker | null {
  try {
    return new Worker(new URL('./serialize.worker.ts', import.meta.url), { type: 'module', name: 'archsight-serialize' }) as unknown as SerializeWorker
  } catch {
    return null
  }
}

export interface BackgroundSerializer {
  serialize(design: Design): Promise<string>
  dispose(): void
}

export function createBackgroundSerializer(spawn: () => SerializeWorker | null = spawnSerializeWorker): BackgroundSerializer {
  let worker: SerializeWorker | null = null
  let isBroken = typeof Worker === 'undefined' && spawn === spawnSerializeWorker
  let nextId = 1
  const pending = new Map<number, { design: Design; resolve: (text: string) => void; reject: (error: Error) => void }>()

  // A worker that fails to load or crashes: what it was asked is serialised here, and so is everything after.
  const fallBack = (): void => {
    isBroken = true
    worker?.terminate()
    worker = null
    for (const [id, entry] of [...pending].sort((a, b) => a[0] - b[0])) {
      pending.delete(id)
      serializeHere(entry.design).then(entry.resolve, entry.reject)
    }
  }

  const ensureWorker = (): SerializeWorker | null => {
    if (worker || isBroken) return worker
    worker = spawn()
    if (!worker) {
      isBroken = true
      return null
    }
    worker.onmessage = ({ data }) => {
      const entry = pending.get(data.id)
      if (!entry) return
      pending.delete(data.id)
      if ('text' in data) entry.resolve(data.text)
      else entry.reject(new Error(data.error))
    }
    worker.onerror = fallBack
    return worker
  }

  return {
    serialize(design) {
      const target = ensureWorker()
      if (!target) return serializeHere(design)
      const id = nextId++
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { design, resolve, reject })
        try {
          target.postMessage({ id, design })
        } catch {
          // A design the structured clone refuses (it never should: designs are plain data).
          pending.delete(id)
          serializeHere(design).then(resolve, reject)
        }
      })
    },
    dispose() {
      worker?.terminate()
      worker = null
      pending.clear()
    },
  }
}

function serializeHere(design: Design): Promise<string> {
  try {
    return Promise.resolve(serializeDesign(design))
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)))
  }
}
