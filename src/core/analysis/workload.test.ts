import { describe, expect, it } from 'vitest'
import { classifyProfile, deriveWorkload } from './workload'

describe('deriveWorkload', () => {
  it("follows format.md's example: 100,000 MAU gives ~23,000 a week, ~3,300 a day, ~2,400 in peak hours", () => {
    const derived = deriveWorkload({ monthlyActiveUsers: 100_000, readWriteRatio: 10 })
    const values = derived.steps.map((s) => s.value)
    expect(values[1]).toBeCloseTo(23_015, 0)
    expect(values[2]).toBeCloseTo(3_288, 0)
    expect(values[3]).toBeCloseTo(2_400, 0)
    // 2,400 users x 10 requests over 14 h, doubled for the burst.
    expect(derived.peakRps).toBeCloseTo(((values[3] * 10) / (14 * 3600)) * 2, 6)
    expect(derived.peakReadRps + derived.peakWriteRps).toBeCloseTo(derived.peakRps, 9)
    expect(derived.peakReadRps / derived.peakWriteRps).toBeCloseTo(10, 9)
    expect(derived.steps.map((s) => s.label)[0]).toBe('Monthly active users')
    expect(derived.steps).toHaveLength(7)
  })

  it('uses every given parameter', () => {
    const derived = deriveWorkload({
      monthlyActiveUsers: 4_345_000,
      requestsPerUserPerDay: 36,
      readWriteRatio: 1,
      peakHours: { start: 0, end: 10 },
      peakShareOfDailyUsers: 0.5,
      burstFactor: 3,
    })
    // 1,000,000 weekly, ~142,857 daily, ~71,429 peak users x 36 / 36,000 s x 3.
    expect(derived.peakRps).toBeCloseTo((((4_345_000 / 4.345 / 7) * 0.5 * 36) / 36_000) * 3, 6)
    expect(derived.peakReadRps).toBeCloseTo(derived.peakRps / 2, 9)
    expect(derived.profile).toBe('write-heavy')
  })

  it('handles zero users', () => {
    expect(deriveWorkload({ monthlyActiveUsers: 0, readWriteRatio: 3 }).peakRps).toBe(0)
  })
})

describe('classifyProfile', () => {
  it.each([
    [100, 'read-heavy'],
    [10, 'read-heavy'],
    [9.99, 'balanced'],
    [1.01, 'balanced'],
    [1, 'write-heavy'],
    [0.5, 'write-heavy'],
  ] as const)('%s reads per write is %s', (ratio, profile) => {
    expect(classifyProfile(ratio)).toBe(profile)
  })
})
