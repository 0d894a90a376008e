import { SEVERITIES } from '@core/design/severity'
import type { Severity } from '@core/design/types'

/** Which severities the problems panel and the canvas marks show; the summary bar's counts toggle them. */
export type SeverityFilter = Readonly<Record<Severity, boolean>>
export const ALL_SEVERITIES: SeverityFilter = { error: true, warning: true, info: true }

/** Only the given severity shown (a click on a count in the summary bar); the same click again shows all. */
export function soloSeverity(current: SeverityFilter, severity: Severity): SeverityFilter {
  const isAlreadySolo = SEVERITIES.every((s) => current[s] === (s === severity))
  if (isAlreadySolo) return ALL_SEVERITIES
  return { error: severity === 'error', warning: severity === 'warning', info: severity === 'info' }
}
