import type { Analysis } from '../../../core/analysis'
import type { Design } from '../../../core/design/types'
import { isSameForAnalysis } from './designCompare'

/**
 * Decides when and where the analysis runs. Small designs run synchronously in the same task as the edit,
 * so the result paints with it; above `workerAbove` nodes the run moves to a worker and the last result stays
 * on screen until the new one arrives. Every request carries a sequence number; a worker answer for anything
 * but the latest request is stale and dropped. A design that differs only in positions is not re-analysed.
 */

export interface WorkerLike {
  postMessage(message: AnalysisRequest): void
  onmessage: ((event: { data: AnalysisResponse }) => void) | null
  terminate(): void
}

export interface AnalysisRequest {
  seq: number
  design: Design
}

export type AnalysisResponse = { seq: number; analysis: Analysis } | { seq: number; error: string }

export interface SchedulerOptions {
  analyzeNow: (design: Design) => Analysis
  createWorker?: () => WorkerLike | null
  workerAbove?: number
  onResult: (analysis: Analysis, design: Design) => void
  onPending?: (isPending: boolean) => void
}

export const WORKER_ABOVE = 300

export class AnalysisScheduler {
  private seq = 0
  private lastDesign: Design | null = null
  private worker: WorkerLike | null = null
  private isWorkerBroken = false
  private readonly inFlight = new Map<number, Design>()

  constructor(private readonly options: SchedulerOptions) {}

  /** Returns false when the design needs no new run (same as the last one, ignoring positions). */
  submit(design: Design): boolean {
    if (this.lastDesign && isSameForAnalysis(this.lastDesign, design)) return false
    this.lastDesign = design
    const seq = ++this.seq
    const worker = design.nodes.length > (this.options.workerAbove ?? WORKER_ABOVE) ? this.getWorker() : null
    if (!worker) {
      this.inFlight.clear()
      this.options.onPending?.(false)
      this.options.onResult(this.options.analyzeNow(design), design)
      return true
    }
    this.inFlight.set(seq, design)
    this.options.onPending?.(true)
    worker.postMessage({ seq, design })
    return true
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.inFlight.clear()
  }

  private getWorker(): WorkerLike | null {
    if (this.worker || this.isWorkerBroken || !this.options.createWorker) return this.worker
    const worker = this.options.createWorker()
    if (!worker) {
      this.isWorkerBroken = true
      return null
    }
    worker.onmessage = (event) => this.receive(event.data)
    this.worker = worker
    return worker
  }

  private receive(response: AnalysisResponse): void {
    const design = this.inFlight.get(response.seq)
    this.inFlight.delete(response.seq)
    if (response.seq !== this.seq || !design) return
    this.options.onPending?.(false)
    // A worker that failed (it should not: analyze never throws) falls back to the main thread for this run.
    const analysis = 'analysis' in response ? response.analysis : this.options.analyzeNow(design)
    this.options.onResult(analysis, design)
  }
}
