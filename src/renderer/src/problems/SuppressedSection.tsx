import { Eye } from 'lucide-react'
import type { Diagnostic, DiagnosticTarget } from '@core/analysis'
import { unsuppressFinding } from '@renderer/analysis'
import { getProblemKey, type TargetInfo } from './problemsModel'
import { RuleLink } from '@renderer/rules'
import { SeverityIcon } from '@renderer/ui'

interface Props {
  items: readonly Diagnostic[]
  nameOf: (target: DiagnosticTarget) => TargetInfo
}

/** Accepted findings, apart and collapsed: out of every count, each with the reason it was accepted. */
export function SuppressedSection({ items, nameOf }: Props) {
  return (
    <details className="suppressed" data-testid="suppressed-section">
      <summary className="suppressed__summary">Suppressed ({items.length})</summary>
      <ul className="suppressed__rows">
        {items.map((d) => {
          const target = nameOf(d.target)
          return (
            <li
              key={getProblemKey(d)}
              className="suppressed-row"
              data-testid="suppressed-problem"
              data-rule-id={d.ruleId}
              data-severity={d.severity}
              data-target-id={target.id}
            >
              <SeverityIcon severity={d.severity} size={13} />
              <span className="problem-row__message" title={d.message}>
                {d.message}
              </span>
              <span className="problem-row__target">{target.name}</span>
              <RuleLink ruleId={d.ruleId} className="problem-row__rule" />
              <span className="suppressed-row__reason" data-testid="suppressed-reason" title={d.suppressed?.reason}>
                “{d.suppressed?.reason}”
              </span>
              <button type="button" className="problem-action" data-testid="unsuppress" onClick={() => unsuppressFinding(d)}>
                <Eye size={12} aria-hidden="true" /> Unsuppress
              </button>
            </li>
          )
        })}
      </ul>
    </details>
  )
}
