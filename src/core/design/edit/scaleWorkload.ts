import type { Design, Workload } from '../types'

/**
 * The load scenario (issue 12): the same design with `factor` times its workload's users. Only the user counts
 * change (monthly, and daily when given); the per-user habits (requests a day, reads per write, the peak
 * window, burst) stay, so peak requests/s and every node's load scale by the factor while the profile stays.
 * Users are whole people: counts are rounded, and rounding keeps daily <= monthly. Factor 1, or a design
 * without a workload, returns the same object, so a scale of x1 costs nothing and changes nothing.
 */

export const MIN_LOAD_SCALE = 1
export const MAX_LOAD_SCALE = 100

export function scaleWorkload(design: Design, factor: number): Design {
  if (!Number.isFinite(factor) || factor <= 0) throw new RangeError(`Load scale must be a positive number, got ${factor}`)
  const workload = design.workload
  if (!workload || factor === 1) return design
  return { ...design, workload: scaleUsers(workload, factor) }
}

function scaleUsers(workload: Workload, factor: number): Workload {
  const scaled: Workload = { ...workload, monthlyActiveUsers: scaleCount(workload.monthlyActiveUsers, factor) }
  if (workload.dailyActiveUsers !== undefined) scaled.dailyActiveUsers = scaleCount(workload.dailyActiveUsers, factor)
  return scaled
}

// Capped at the largest finite number: a file may hold 1e307 users, and Infinity would not survive a save.
function scaleCount(users: number, factor: number): number {
  return Math.min(Math.round(users * factor), Number.MAX_VALUE)
}
