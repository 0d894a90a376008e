import { describe, expect, it, vi } from 'vitest'
import { analyze, type Analysis } from '@core/analysis'
import { createEmptyDesign, type Design } from '@core/design/types'
import { createEditorStore } from '@renderer/store'
import { createAnalysisResponder } from './analysisResponder'
import { AnalysisScheduler, type AnalysisRequest, type AnalysisResponse, type WorkerLike } from './scheduler'

/** The worker's own responder behind a fake message port; answers go through a structured clone, as they do. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: AnalysisResponse }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  terminated = false
  readonly requests: AnalysisRequest[] = []
  respond = createAnalysisResponder(analyze)
  postMessage(message: AnalysisRequest): void {
    this.requests.push(structuredClone(message))
  }
  terminate(): void {
    this.terminated = true
  }
  answer(request: AnalysisRequest): AnalysisResponse {
    const response = structuredClone(this.respond(request))
    this.onmessage?.({ data: response })
    return response
  }
}

function withServices(count: number): Design {
  const store = createEditorStore()
  for (let i = 0; i < count; i++) store.getState().addNode('service', 'generic', { x: i * 200, y: 0 })
  return store.getState().design
}

function setup(workerAbove = 2) {
  const worker = new FakeWorker()
  const results: Array<{ analysis: Analysis; design: Design }> = []
  const analyzeNow = vi.fn((design: Design) => analyze(design))
  const scheduler = new AnalysisScheduler({
    analyzeNow,
    createWorker: () => worker,
    workerAbove,
    onResult: (analysis, design) => results.push({ analysis, design }),
  })
  return { worker, results, analyzeNow, scheduler }
}

describe('AnalysisScheduler', () => {
  it('runs small designs synchronously and skips position-only changes', () => {
    const { scheduler, results, analyzeNow, worker } = setup()
    const design = withServices(1)
    expect(scheduler.submit(design)).toBe(true)
    expect(results).toHaveLength(1)
    const moved: Design = { ...design, nodes: design.nodes.map((n) => ({ ...n, position: { x: 999, y: 999 } })) }
    expect(scheduler.submit(moved)).toBe(false)
    expect(analyzeNow).toHaveBeenCalledTimes(1)
    expect(worker.requests).toHaveLength(0)
  })

  it('sends large designs to the worker and drops stale answers by sequence number', () => {
    const { scheduler, results, worker } = setup()
    const first = withServices(3)
    const second = withServices(4)
    scheduler.submit(first)
    scheduler.submit(second)
    expect(worker.requests.map((r) => r.seq)).toEqual([1, 2])
    expect(results).toHaveLength(0)
    worker.answer(worker.requests[0])
    expect(results).toHaveLength(0)
    worker.answer(worker.requests[1])
    expect(results).toHaveLength(1)
    expect(results[0].design).toBe(second)
  })

  it('drops a worker answer once a small design has been analysed synchronously after it', () => {
    const { scheduler, results, worker } = setup()
    scheduler.submit(withServices(3))
    scheduler.submit(createEmptyDesign())
    worker.answer(worker.requests[0])
    expect(results).toHaveLength(1)
    expect(results[0].analysis.diagnostics).toEqual([])
  })

  it('analyses the waiting design here when the worker dies, and every later one too', () => {
    const pending: boolean[] = []
    const worker = new FakeWorker()
    const results: Design[] = []
    const scheduler = new AnalysisScheduler({
      analyzeNow: (design) => analyze(design),
      createWorker: () => worker,
      workerAbove: 2,
      onResult: (_analysis, design) => results.push(design),
      onPending: (isPending) => pending.push(isPending),
    })
    const three = withServices(3)
    scheduler.submit(three)
    expect(pending).toEqual([true])
    worker.onerror?.(new Event('error'))
    expect(worker.terminated).toBe(true)
    expect(results).toEqual([three])
    expect(pending).toEqual([true, false])
    const four = withServices(4)
    scheduler.submit(four)
    expect(results).toEqual([three, four])
    expect(worker.requests).toHaveLength(1)
  })

  it('falls back to the main thread when no worker can be created', () => {
    const results: Analysis[] = []
    const scheduler = new AnalysisScheduler({
      analyzeNow: analyze,
      createWorker: () => null,
      workerAbove: 0,
      onResult: (analysis) => results.push(analysis),
    })
    scheduler.submit(withServices(2))
    expect(results).toHaveLength(1)
  })

  it('keeps the objects of unchanged findings from one worker answer to the next, and applies stale answers to its mirror', () => {
    const { scheduler, results, worker } = setup()
    const three = withServices(3)
    scheduler.submit(three)
    worker.answer(worker.requests[0])
    const scaled: Design = { ...three, nodes: three.nodes.map((n, i) => (i === 0 ? { ...n, props: { instances: 2 } } : n)) }
    const renamed: Design = { ...scaled, nodes: scaled.nodes.map((n, i) => (i === 1 ? { ...n, label: 'Checkout' } : n)) }
    scheduler.submit(scaled)
    scheduler.submit(renamed)
    worker.answer(worker.requests[1])
    worker.answer(worker.requests[2])
    expect(results).toHaveLength(2)
    const [before, after] = results.map((r) => r.analysis)
    expect(after).toEqual(analyze(renamed))
    const untouched = after.diagnostics.filter((d) => d.target.type === 'node' && d.target.id === three.nodes[2].id)
    expect(untouched.length).toBeGreaterThan(0)
    for (const d of untouched) expect(before.diagnostics).toContain(d)
  })

  it('recovers with a whole result when an answer does not fit its mirror', () => {
    const { scheduler, results, worker, analyzeNow } = setup()
    const design = withServices(3)
    scheduler.submit(design)
    // An answer built on a result this side never saw (as after a lost message).
    worker.respond = createAnalysisResponder(analyze)
    worker.respond({ seq: 99, design: withServices(5) })
    worker.answer(worker.requests[0])
    expect(results).toHaveLength(1)
    expect(results[0].analysis).toEqual(analyze(design))
    expect(analyzeNow).toHaveBeenCalledTimes(1)
    const bigger = withServices(4)
    scheduler.submit(bigger)
    expect('reset' in worker.requests[1] && worker.requests[1].reset).toBe(true)
    const response = worker.answer(worker.requests[1])
    expect('base' in response && response.base).toBe(0)
    expect(results[1].analysis).toEqual(analyze(bigger))
    expect(analyzeNow).toHaveBeenCalledTimes(1)
  })
})

describe('AnalysisScheduler design deltas', () => {
  it('sends the first design whole and each edit after it as a change, answered as a whole design would be', () => {
    const { scheduler, results, worker, analyzeNow } = setup()
    const three = withServices(3)
    const scaled: Design = { ...three, nodes: three.nodes.map((n, i) => (i === 0 ? { ...n, props: { instances: 2 } } : n)) }
    const renamed: Design = { ...scaled, nodes: scaled.nodes.map((n, i) => (i === 2 ? { ...n, label: 'Checkout' } : n)) }
    for (const design of [three, scaled, renamed]) scheduler.submit(design)
    expect('design' in worker.requests[0]).toBe(true)
    expect(worker.requests.slice(1).every((r) => 'designDelta' in r)).toBe(true)
    for (const request of worker.requests) worker.answer(request)
    expect(results.map((r) => r.analysis)).toEqual([analyze(renamed)])
    expect(analyzeNow).not.toHaveBeenCalled()
  })

  it('sends the next design whole after the worker could not answer', () => {
    const { scheduler, results, worker } = setup()
    scheduler.submit(withServices(3))
    // A worker that lost its design (as a restarted one would): it cannot apply the change it is sent.
    worker.answer(worker.requests[0])
    worker.respond = createAnalysisResponder(analyze)
    const four = withServices(4)
    scheduler.submit(four)
    const failed = worker.answer(worker.requests[1])
    expect('error' in failed && failed.error).toMatch(/without a design/)
    expect(results.at(-1)?.analysis).toEqual(analyze(four))
    const five = withServices(5)
    scheduler.submit(five)
    expect('design' in worker.requests[2]).toBe(true)
    worker.answer(worker.requests[2])
    expect(results.at(-1)?.analysis).toEqual(analyze(five))
  })
})

describe('AnalysisScheduler pending', () => {
  it('publishes a worker answer before it reports nothing pending, on both paths', () => {
    const worker = new FakeWorker()
    const events: string[] = []
    const scheduler = new AnalysisScheduler({
      analyzeNow: analyze,
      createWorker: () => worker,
      workerAbove: 2,
      onResult: () => events.push('result'),
      onPending: (isPending) => events.push(isPending ? 'pending' : 'idle'),
    })
    scheduler.submit(withServices(1))
    expect(events).toEqual(['result', 'idle'])
    events.length = 0
    scheduler.submit(withServices(3))
    expect(events).toEqual(['pending'])
    worker.answer(worker.requests[0])
    expect(events).toEqual(['pending', 'result', 'idle'])
  })
})
