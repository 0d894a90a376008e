import { CircleX, Info, TriangleAlert } from 'lucide-react'
import type { Severity } from '@core/design/types'

/** The one icon per severity: the problems panel, summary bar and node badges must agree. */
export const SEVERITY_ICONS = { error: CircleX, warning: TriangleAlert, info: Info } as const
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' }
export const SEVERITY_PLURAL: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Infos' }

export function SeverityIcon({ severity, size = 14 }: { severity: Severity; size?: number }) {
  const Icon = SEVERITY_ICONS[severity]
  return <Icon className={`sev-icon sev-${severity}`} size={size} strokeWidth={2.25} aria-label={SEVERITY_LABEL[severity]} role="img" />
}
