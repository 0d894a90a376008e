import type { Diagnostic } from '@core/analysis'
import type { Suppression } from '@core/design/types'

/** Writing and removing suppressions in the design (format.md: `{ rule, target?, reason }`). */

export function getSuppressionTarget(d: Diagnostic): string | undefined {
  return d.target.type === 'design' ? undefined : d.target.id
}

export function addSuppression(list: readonly Suppression[] | undefined, d: Diagnostic, reason: string): Suppression[] {
  const target = getSuppressionTarget(d)
  const entry: Suppression = target === undefined ? { rule: d.ruleId, reason } : { rule: d.ruleId, target, reason }
  return [...(list ?? []).filter((s) => !isSuppressionFor(s, d)), entry]
}

/** Removes every suppression that matches this finding; undefined when none is left (the key goes away). */
export function removeSuppression(list: readonly Suppression[] | undefined, d: Diagnostic): Suppression[] | undefined {
  const rest = (list ?? []).filter((s) => !isSuppressionFor(s, d))
  return rest.length > 0 ? rest : undefined
}

export function isSuppressionFor(s: Suppression, d: Diagnostic): boolean {
  return s.rule === d.ruleId && (s.target ?? undefined) === getSuppressionTarget(d)
}

/** The reason must say something: an empty or blank reason is refused with this message. */
export function validateReason(reason: string): string | null {
  if (reason.trim() === '') return 'Give a reason: whoever reads the design next needs to know why this is accepted.'
  if (reason.length > 1000) return 'Keep the reason under 1,000 characters.'
  return null
}
