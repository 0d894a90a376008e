import { describe, expect, it } from 'vitest'
import { analyze, type Analysis } from '@core/analysis'
import { createRandom, generateDesign } from '@core/analysis/fixtures/generateDesign'
import { applyRandomEdit } from '@core/analysis/fixtures/randomEdit'
import { createEmptyDesign } from '@core/design/types'
import { applyAnalysisDelta, diffAnalysis, isSameData, reuseUnchanged } from './analysisDelta'

/** Through the worker's wire: what arrives on the main thread is a structured clone. */
const overTheWire = <T>(value: T): T => structuredClone(value)

/** Every part of `next` equal (as data) to `previous`'s must be `previous`'s own object. */
function expectSharing(previous: Analysis, next: Analysis): void {
  const before = new Map(previous.diagnostics.map((d) => [JSON.stringify(d), d]))
  for (const d of next.diagnostics) {
    const twin = before.get(JSON.stringify(d))
    if (twin) expect(d).toBe(twin)
  }
  for (const [id, cap] of Object.entries(next.cap.nodes)) {
    if (JSON.stringify(previous.cap.nodes[id]) === JSON.stringify(cap)) expect(cap).toBe(previous.cap.nodes[id])
  }
  for (const [id, load] of Object.entries(next.load)) {
    if (JSON.stringify(previous.load[id]) === JSON.stringify(load)) expect(load).toBe(previous.load[id])
  }
}

describe('analysis delta', () => {
  it('rebuilds a whole analysis from nothing', () => {
    const analysis = analyze(generateDesign(60))
    expect(applyAnalysisDelta(null, overTheWire(diffAnalysis(null, analysis)))).toEqual(analysis)
  })

  it('sends nothing but indexes when the result did not change, and keeps the previous object', () => {
    const analysis = analyze(generateDesign(60))
    const again = analyze(generateDesign(60))
    const delta = diffAnalysis(analysis, again)
    expect(delta.diagnostics.every((entry) => typeof entry === 'number')).toBe(true)
    expect(delta.capNodes).toEqual({ set: {} })
    expect(delta.load).toEqual({ set: {} })
    expect(delta.capDesign).toBeUndefined()
    expect(delta.workload).toBeUndefined()
    const mirror = overTheWire(analysis)
    expect(applyAnalysisDelta(mirror, overTheWire(delta))).toBe(mirror)
  })

  it('equals a full analysis after every step of random edit sequences, sharing what did not change', () => {
    let changedSteps = 0
    for (const seed of [1, 2, 3]) {
      const random = createRandom(seed)
      let design = generateDesign(80, seed)
      // The worker's own results and the main thread's mirror of them, kept in step by deltas only.
      let workerPrevious: Analysis | null = null
      let mirror: Analysis | null = null
      for (let step = 0; step < 15; step++) {
        const next = analyze(design)
        const delta = overTheWire(diffAnalysis(workerPrevious, next))
        const applied = applyAnalysisDelta(mirror, delta)
        expect(applied).toEqual(next)
        if (mirror) expectSharing(mirror, applied)
        if (mirror && applied !== mirror) changedSteps++
        workerPrevious = next
        mirror = applied
        design = applyRandomEdit(design, random)
      }
    }
    // The edits must actually move the findings for the comparison to mean anything.
    expect(changedSteps).toBeGreaterThan(20)
  })

  it('posts a small delta for a one-node edit of a 1,000-node design', () => {
    const design = generateDesign(1_000)
    const before = analyze(design)
    const spof = new Set(before.spof.map((entry) => entry.node))
    const service = design.nodes.find((n) => n.kind === 'service' && spof.has(n.id))
    if (!service) throw new Error('fixture has no service that is a single point of failure')
    const edited = { ...design, nodes: design.nodes.map((n) => (n === service ? { ...n, props: { ...n.props, instances: 3 } } : n)) }
    const after = analyze(edited)
    const delta = diffAnalysis(before, after)
    expect(after).not.toEqual(before)
    expect(JSON.stringify(delta).length).toBeLessThan(JSON.stringify(after).length / 10)
  })

  it('handles a workload that appears and goes away, and an empty design', () => {
    const withLoad = analyze(generateDesign(40))
    const empty = analyze(createEmptyDesign())
    expect(withLoad.workload).toBeDefined()
    const gone = applyAnalysisDelta(withLoad, overTheWire(diffAnalysis(withLoad, empty)))
    expect(gone).toEqual(empty)
    expect('workload' in gone).toBe(false)
    expect(applyAnalysisDelta(gone, overTheWire(diffAnalysis(empty, withLoad)))).toEqual(withLoad)
  })

  it('refuses a delta that points at entries the previous result does not have', () => {
    const analysis = analyze(generateDesign(40))
    const delta = diffAnalysis(analysis, analysis)
    expect(() => applyAnalysisDelta(null, delta)).toThrow(/previous/)
  })

  it('reuseUnchanged gives the same-thread path the same sharing', () => {
    const design = generateDesign(80)
    const first = analyze(design)
    const second = reuseUnchanged(first, analyze(applyRandomEdit(design, createRandom(9))))
    expectSharing(first, second)
    expect(reuseUnchanged(null, first)).toBe(first)
  })

  it('isSameData compares plain data as JSON would, whatever the key order', () => {
    expect(isSameData({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true)
    expect(isSameData({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(isSameData({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(isSameData({ a: [1, 2] }, { a: [2, 1] })).toBe(false)
    expect(isSameData([], {})).toBe(false)
    expect(isSameData({ a: null }, { a: undefined })).toBe(false)
    expect(isSameData({ fix: { title: 't', patch: [{ op: 'set' }] } }, { fix: { title: 't', patch: [{ op: 'add' }] } })).toBe(false)
    expect(isSameData(0, -0)).toBe(true)
    expect(isSameData('1', 1)).toBe(false)
  })
})
