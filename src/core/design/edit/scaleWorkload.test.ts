import { describe, expect, it } from 'vitest'
import { analyze } from '../../analysis'
import { createEmptyDesign, type Design } from '../types'
import { scaleWorkload } from './scaleWorkload'

function withWorkload(workload: Design['workload']): Design {
  return Object.freeze({ ...createEmptyDesign('Shop'), workload }) as Design
}

describe('scaleWorkload', () => {
  it('returns the very same design at x1, and for a design without a workload', () => {
    const design = withWorkload({ monthlyActiveUsers: 100000, readWriteRatio: 10 })
    expect(scaleWorkload(design, 1)).toBe(design)
    const bare = createEmptyDesign()
    expect(scaleWorkload(bare, 50)).toBe(bare)
  })

  it('scales monthly and given daily users, and leaves every habit of a user as it was', () => {
    const design = withWorkload({
      monthlyActiveUsers: 100000,
      dailyActiveUsers: 40000,
      requestsPerUserPerDay: 20,
      readWriteRatio: 100,
      peakHours: { start: 8, end: 20 },
      peakShareOfDailyUsers: 0.5,
      burstFactor: 3,
    })
    const scaled = scaleWorkload(design, 50)
    expect(scaled.workload).toEqual({
      monthlyActiveUsers: 5000000,
      dailyActiveUsers: 2000000,
      requestsPerUserPerDay: 20,
      readWriteRatio: 100,
      peakHours: { start: 8, end: 20 },
      peakShareOfDailyUsers: 0.5,
      burstFactor: 3,
    })
    // The input is untouched (it is frozen) and the rest of the design is shared, not copied.
    expect(design.workload?.monthlyActiveUsers).toBe(100000)
    expect(scaled.nodes).toBe(design.nodes)
    expect(scaled.name).toBe('Shop')
  })

  it('keeps absent optional fields absent: a derived daily count stays derived', () => {
    const scaled = scaleWorkload(withWorkload({ monthlyActiveUsers: 1000, readWriteRatio: 2 }), 3)
    expect(scaled.workload).toEqual({ monthlyActiveUsers: 3000, readWriteRatio: 2 })
    expect(Object.keys(scaled.workload ?? {})).toEqual(['monthlyActiveUsers', 'readWriteRatio'])
  })

  it('rounds users to whole people, half up, and keeps daily at most monthly', () => {
    const scaled = scaleWorkload(withWorkload({ monthlyActiveUsers: 7, dailyActiveUsers: 7, readWriteRatio: 1 }), 1.5)
    expect(scaled.workload?.monthlyActiveUsers).toBe(11) // 10.5 -> 11
    expect(scaled.workload?.dailyActiveUsers).toBe(11)
    const small = scaleWorkload(withWorkload({ monthlyActiveUsers: 0.2, readWriteRatio: 1 }), 2)
    expect(small.workload?.monthlyActiveUsers).toBe(0) // 0.4 people is nobody
    const zero = scaleWorkload(withWorkload({ monthlyActiveUsers: 0, readWriteRatio: 1 }), 100)
    expect(zero.workload?.monthlyActiveUsers).toBe(0)
  })

  it('stays finite for a huge audience, so the scaled design still saves', () => {
    const scaled = scaleWorkload(withWorkload({ monthlyActiveUsers: 1e307, readWriteRatio: 1 }), 100)
    expect(scaled.workload?.monthlyActiveUsers).toBe(Number.MAX_VALUE)
  })

  it('refuses a factor that is not a positive number', () => {
    const design = withWorkload({ monthlyActiveUsers: 10, readWriteRatio: 1 })
    for (const factor of [0, -2, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => scaleWorkload(design, factor)).toThrow(/positive number/)
    }
  })

  it('scales the analysis: peak requests/s follow the factor and the profile stays', () => {
    const design = withWorkload({ monthlyActiveUsers: 1_000_000, readWriteRatio: 10 })
    const base = analyze(design).workload
    const scaled = analyze(scaleWorkload(design, 50)).workload
    expect(base && scaled).toBeTruthy()
    expect(scaled?.peakRps).toBeCloseTo((base?.peakRps ?? 0) * 50, 6)
    expect(scaled?.profile).toBe(base?.profile)
  })
})
