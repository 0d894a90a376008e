import { WORKLOAD_DEFAULTS, type Workload } from '../design/types'
import type { WorkloadProfile, WorkloadStep } from './types'

/**
 * format.md, "Workload": the seed-style derivation from monthly active users to peak requests per second,
 * kept as labelled steps so the app's workload panel and `archsight explain` show the same numbers.
 */

export const WEEKS_PER_MONTH = 4.345
export const READ_HEAVY_RATIO = 10

export interface DerivedWorkload {
  profile: WorkloadProfile
  steps: WorkloadStep[]
  peakRps: number
  peakReadRps: number
  peakWriteRps: number
  /** Peak-second traffic over the peak-window average: what a queue or topic absorbs. */
  burstFactor: number
}

/** read-heavy at 10 reads per write or more; write-heavy at 1 or fewer (exactly 1 is write-heavy). */
export function classifyProfile(readWriteRatio: number): WorkloadProfile {
  if (readWriteRatio >= READ_HEAVY_RATIO) return 'read-heavy'
  if (readWriteRatio <= 1) return 'write-heavy'
  return 'balanced'
}

function formatFigure(value: number): string {
  return String(Math.round(value * 1000) / 1000)
}

export function deriveWorkload(workload: Workload): DerivedWorkload {
  const requestsPerUser = workload.requestsPerUserPerDay ?? WORKLOAD_DEFAULTS.requestsPerUserPerDay
  const peakHours = workload.peakHours ?? WORKLOAD_DEFAULTS.peakHours
  const peakShare = workload.peakShareOfDailyUsers ?? WORKLOAD_DEFAULTS.peakShareOfDailyUsers
  const burstFactor = workload.burstFactor ?? WORKLOAD_DEFAULTS.burstFactor
  const ratio = workload.readWriteRatio
  const windowHours = peakHours.end - peakHours.start

  const weekly = workload.monthlyActiveUsers / WEEKS_PER_MONTH
  // Given daily users replace the seed's interview arithmetic (each user active about one day a month).
  const daily = workload.dailyActiveUsers ?? weekly / 7
  const peakUsers = daily * peakShare
  const peakRps = windowHours > 0 ? ((peakUsers * requestsPerUser) / (windowHours * 3600)) * burstFactor : 0
  const peakReadRps = (peakRps * ratio) / (ratio + 1)
  const peakWriteRps = peakRps / (ratio + 1)

  const steps: WorkloadStep[] = [
    { label: 'Monthly active users', value: workload.monthlyActiveUsers },
    ...(workload.dailyActiveUsers === undefined
      ? [
          { label: `Weekly users (monthly / ${WEEKS_PER_MONTH})`, value: weekly },
          { label: 'Daily users (weekly / 7)', value: daily },
        ]
      : [{ label: 'Daily users (given)', value: daily }]),
    { label: `Users in the peak window (daily x ${formatFigure(peakShare)})`, value: peakUsers },
    {
      label:
        `Peak requests/s (peak users x ${formatFigure(requestsPerUser)} a day / ${formatFigure(windowHours)} h` +
        ` x burst ${formatFigure(burstFactor)})`,
      value: peakRps,
    },
    { label: `Peak reads/s (${formatFigure(ratio)} reads per write)`, value: peakReadRps },
    { label: 'Peak writes/s', value: peakWriteRps },
  ]
  return { profile: classifyProfile(ratio), steps, peakRps, peakReadRps, peakWriteRps, burstFactor }
}
