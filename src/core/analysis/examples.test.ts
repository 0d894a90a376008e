import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { applyPatch } from '../design/patch'
import { parseDesign } from '../design/parse'
import type { Design } from '../design/types'
import { analyze } from './index'
import type { Analysis } from './types'

// The spec's examples live beside the repository (../shared in CI, /work/shared here); never copied.
const EXAMPLES = fileURLToPath(new URL('../../../../shared/examples/', import.meta.url))

function loadExample(name: string): Design {
  const parsed = parseDesign(readFileSync(`${EXAMPLES}${name}.archsight`, 'utf8'))
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.path}: ${parsed.error.message}`)
  return parsed.design
}

function summarise(analysis: Analysis): string[] {
  return analysis.diagnostics.map((d) => {
    const target = d.target.type === 'design' ? 'design' : d.target.id
    return `${d.severity} ${d.ruleId} ${target}`
  })
}

describe('twitter-timeline.archsight', () => {
  const design = loadExample('twitter-timeline')
  const analysis = analyze(design)

  it('derives the read-heavy workload of the README', () => {
    const workload = analysis.workload
    expect(workload?.profile).toBe('read-heavy')
    const [mau, weekly, daily, peakUsers] = workload?.steps.map((s) => s.value) ?? []
    expect(mau).toBe(100_000_000)
    expect(weekly / 1e6).toBeCloseTo(23.0, 1)
    expect(daily / 1e6).toBeCloseTo(3.29, 2)
    expect(peakUsers / 1e6).toBeCloseTo(2.4, 2)
    expect(workload?.peakRps).toBeCloseTo(4762.2, 1)
    expect(workload?.peakReadRps).toBeCloseTo(4715.0, 1)
    expect(workload?.peakWriteRps).toBeCloseTo(47.15, 2)
    expect(workload?.suitability).toEqual({ verdict: 'suited', because: [] })
  })

  it('labels writes CP on tweets-db and reads AP on timeline-cache, logging aside', () => {
    const { design: cap } = analysis.cap
    expect(cap).toMatchObject({ write: 'CP', read: 'AP', writeNode: 'tweets-db', readNode: 'timeline-cache' })
    expect(cap.summary).toBe(
      'Writes CP (tweets-db may lose acknowledged writes on failover). Reads AP (timeline-cache: stale up to ' +
        '300 s). May lose acknowledged writes: tweets-db.',
    )
    expect(analysis.cap.nodes['tweets-db']).toMatchObject({ label: 'CP', mayLoseWrites: true })
    expect(analysis.cap.nodes.fanout).toMatchObject({ label: 'CP', mayLoseWrites: false })
    expect(analysis.cap.nodes['timeline-svc']).toBeUndefined()
  })

  it('carries the README loads: timeline-svc ~4,715 of 10,000, tweets-db ~990 (943 misses + 47 writes)', () => {
    expect(analysis.load['timeline-svc'].rps).toBeCloseTo(4715.0, 1)
    expect(analysis.load['timeline-svc'].capacity).toBe(10_000)
    expect(analysis.load['tweets-db'].rps).toBeCloseTo(943.0 + 47.15, 1)
    expect(analysis.load['tweets-db'].capacity).toBe(10_000)
    expect(analysis.load['tweets-db'].utilisation).toBeCloseTo(0.099, 3)
    expect(analysis.load.web).toBeUndefined()
  })

  it('has no single point of failure and exactly the README findings', () => {
    expect(analysis.spof).toEqual([])
    expect(summarise(analysis)).toEqual([
      'warning async-failover-may-lose-writes timeline-cache',
      'warning async-failover-may-lose-writes tweets-db',
      'info dual-write tweet-svc',
    ])
  })
})

describe('ticketmaster-onsale.archsight', () => {
  const design = loadExample('ticketmaster-onsale')
  const analysis = analyze(design)

  it('derives the write-heavy workload of the README', () => {
    expect(analysis.workload?.profile).toBe('write-heavy')
    expect(analysis.workload?.peakRps).toBeCloseTo(400, 0)
    expect(analysis.workload?.peakReadRps).toBeCloseTo(177.8, 1)
    expect(analysis.workload?.peakWriteRps).toBeCloseTo(222.2, 1)
  })

  it('labels writes and reads AP on seats; orders-db is CA but background-only', () => {
    expect(analysis.cap.design).toMatchObject({ write: 'AP', read: 'AP', writeNode: 'seats', readNode: 'seats' })
    expect(analysis.cap.nodes['orders-db'].label).toBe('CA')
    expect(analysis.cap.nodes['orders-queue'].label).toBe('AP')
    expect(analysis.cap.nodes['holds-cache'].label).toBe('AP')
  })

  it('finds the background single points of failure, not the optional cache', () => {
    expect(analysis.spof).toEqual([
      { node: 'payment-worker', scope: 'background', breaks: ['orders-queue'] },
      { node: 'orders-db', scope: 'background', breaks: ['orders-queue'] },
    ])
  })

  it('reports exactly the README findings, the one error on hold-seat', () => {
    expect(summarise(analysis)).toEqual([
      'error consistency-mismatch hold-seat',
      'warning cache-without-ttl holds-cache',
      'warning queue-without-dead-letter-queue orders-queue',
      'warning single-point-of-failure orders-db',
      'warning single-point-of-failure payment-worker',
      'info dual-write booking-svc',
      'info missing-autoscaling booking-svc',
      'info no-observability design',
      'info non-idempotent-consumer payment-worker',
    ])
  })

  it('loads the throttled gateway and the queue consumer', () => {
    expect(analysis.load.gateway).toMatchObject({ capacity: 5000 })
    expect(analysis.load.gateway.rps).toBeCloseTo(400, 0)
    expect(analysis.load['payment-worker'].rps).toBeCloseTo(222.2 / 2, 1)
  })
})

describe('fixes on the examples', () => {
  for (const name of ['twitter-timeline', 'ticketmaster-onsale']) {
    it(`${name}: applying each fix removes its finding and adds no error`, () => {
      const design = loadExample(name)
      const before = analyze(design)
      const errorsBefore = before.diagnostics.filter((d) => d.severity === 'error').length
      for (const diagnostic of before.diagnostics) {
        if (!diagnostic.fix) continue
        const after = analyze(applyPatch(design, diagnostic.fix.patch))
        const same = after.diagnostics.filter(
          (d) => d.ruleId === diagnostic.ruleId && JSON.stringify(d.target) === JSON.stringify(diagnostic.target),
        )
        expect(same, diagnostic.fix.title).toEqual([])
        expect(after.diagnostics.filter((d) => d.severity === 'error').length).toBeLessThan(errorsBefore + 1)
      }
    })
  }
})
