import type { Severity } from './types'

/**
 * The one severity order, worst first: the analysis sorts findings by it, the picture colours a badge or an
 * edge by the worst, the problems panel groups by it.
 */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info']

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

/** Negative when `a` is worse than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b]
}

export function pickWorse(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || RANK[b] < RANK[a] ? b : a
}
