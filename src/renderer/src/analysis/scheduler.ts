import type { Analysis } from '@core/analysis'
import type { Design } from '@core/design/types'
import { applyAnalysisDelta, reuseUnchanged, type AnalysisDelta } from './analysisDelta'
import { diffDesign, type DesignDelta } from './designDelta'
import { isSameForAnalysis } from './designCompare'

/**
 * Decides when and where the analysis runs. Small designs run synchronously in the same task as the edit,
 * so the result paints with it; above `workerAbove` nodes the run moves to a worker and the last result stays
 * on screen until the new one arrives. Every request carries a sequence number; a worker answer for anything
 * but the latest request is stale and not shown. A design that differs only in positions is not re-analysed.
 *
 * The worker answers with deltas from its previous answer (analysisDelta.ts). The scheduler applies EVERY
 * answer, stale ones too, to a mirror of the worker's last result, so the two never fall out of step; only the
 * latest is published. Unchanged findings and marks keep their objects from one result to the next.
 */

export interface WorkerLike {
  postMessage(message: AnalysisRequest): void
  onmessage: ((event: { data: AnalysisResponse }) => void) | null
  /** A worker that failed to load or died (out of memory): no answer will come. */
  onerror?: ((event: unknown) => void) | null
  terminate(): void
}

/**
 * A whole design (the first request, and after anything went wrong), or the change from the design of the
 * request before (designDelta.ts): messages arrive in order, so the worker always holds that one.
 */
export type AnalysisRequest =
  | {
      seq: number
      design: Design
      /** Forget the previous result and answer with a whole one (the mirror was lost). */
      reset?: true
    }
  | { seq: number; designDelta: DesignDelta }

/** `base`: the sequence number of the result the delta applies to (0: none, a whole result). */
export type AnalysisResponse = { seq: number; base: number; delta: AnalysisDelta } | { seq: number; error: string }

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
  /** The worker's last result as rebuilt here from its deltas. */
  private mirror: { seq: number; analysis: Analysis } | null = null
  private needsReset = false
  private published: Analysis | null = null
  /** The design of the last request posted: what the worker holds once it has read it. Null: send it whole. */
  private posted: Design | null = null

  constructor(private readonly options: SchedulerOptions) {}

  /** Returns false when the design needs no new run (same as the last one, ignoring positions). */
  submit(design: Design): boolean {
    if (this.lastDesign && isSameForAnalysis(this.lastDesign, design)) return false
    this.lastDesign = design
    const seq = ++this.seq
    const worker = design.nodes.length > (this.options.workerAbove ?? WORKER_ABOVE) ? this.getWorker() : null
    if (!worker) {
      this.inFlight.clear()
      this.publish(reuseUnchanged(this.published, this.options.analyzeNow(design)), design)
      this.options.onPending?.(false)
      return true
    }
    this.inFlight.set(seq, design)
    this.options.onPending?.(true)
    if (this.needsReset) worker.postMessage({ seq, design, reset: true })
    else if (this.posted) worker.postMessage({ seq, designDelta: diffDesign(this.posted, design) })
    else worker.postMessage({ seq, design })
    this.posted = design
    this.needsReset = false
    return true
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = null
    this.mirror = null
    this.posted = null
    this.inFlight.clear()
  }

  private publish(analysis: Analysis, design: Design): void {
    this.published = analysis
    this.options.onResult(analysis, design)
  }

  private getWorker(): WorkerLike | null {
    if (this.worker || this.isWorkerBroken || !this.options.createWorker) return this.worker
    const worker = this.options.createWorker()
    if (!worker) {
      this.isWorkerBroken = true
      return null
    }
    worker.onmessage = (event) => this.receive(event.data)
    worker.onerror = () => this.abandonWorker()
    this.worker = worker
    return worker
  }

  /**
   * The worker is gone and will never answer: the design waiting for it is analysed here instead, and so is every
   * later one, on the main thread (slower at this size, but never stuck on "updating…" with old findings).
   */
  private abandonWorker(): void {
    this.worker?.terminate()
    this.worker = null
    this.isWorkerBroken = true
    this.mirror = null
    this.posted = null
    const waiting = this.inFlight.get(this.seq)
    this.inFlight.clear()
    if (!waiting) return
    this.publish(reuseUnchanged(this.published, this.options.analyzeNow(waiting)), waiting)
    this.options.onPending?.(false)
  }

  private receive(response: AnalysisResponse): void {
    const design = this.inFlight.get(response.seq)
    this.inFlight.delete(response.seq)
    const analysis = 'delta' in response ? this.applyToMirror(response.seq, response.base, response.delta) : null
    // A worker that could not answer may not hold the design this side last sent: the next one goes whole.
    if (!analysis) this.posted = null
    if (response.seq !== this.seq || !design) return
    // A worker that failed (it should not: analyze never throws) or a lost mirror: this run on the main thread.
    // The result first: publishing clears "pending" in the same store update (analysisStore.ts), so this
    // onPending(false) changes nothing and the screen renders once per answer, not twice.
    this.publish(analysis ?? reuseUnchanged(this.published, this.options.analyzeNow(design)), design)
    this.options.onPending?.(false)
  }

  private applyToMirror(seq: number, base: number, delta: AnalysisDelta): Analysis | null {
    try {
      if (base !== (this.mirror?.seq ?? 0)) throw new Error('analysis delta for a result this thread does not have')
      this.mirror = { seq, analysis: applyAnalysisDelta(this.mirror?.analysis ?? null, delta) }
      return this.mirror.analysis
    } catch {
      // Out of step (never expected): start again from a whole result on the next request.
      this.mirror = null
      this.needsReset = true
      return null
    }
  }
}
