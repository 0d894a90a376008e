import { memo, type KeyboardEvent } from 'react'
import { EyeOff, Wrench } from 'lucide-react'
import type { Diagnostic } from '@core/analysis'
import { RuleLink } from '@renderer/rules'
import { SeverityIcon } from '@renderer/ui'

interface Props {
  diagnostic: Diagnostic
  /** The finding's key in the list (problemsModel's getProblemKey). */
  problemKey: string
  targetId: string
  targetName: string
  isActive: boolean
  onReveal: (d: Diagnostic) => void
  onFocusRow: (d: Diagnostic) => void
  onFix: (d: Diagnostic) => void
  onSuppress: (d: Diagnostic) => void
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>, d: Diagnostic) => void
}

/** One finding: severity, message, target and rule (a link to its page); its quick fix and Suppress as row actions. */
export const ProblemRow = memo(function ProblemRow({ diagnostic: d, problemKey, targetId, targetName, isActive, onReveal, onFocusRow, onFix, onSuppress, onKeyDown }: Props) {
  return (
    <div
      role="listitem"
      className={`problem-row${isActive ? ' is-active' : ''}`}
      data-testid="problem"
      data-key={problemKey}
      data-rule-id={d.ruleId}
      data-severity={d.severity}
      data-target-id={targetId}
      tabIndex={isActive ? 0 : -1}
      aria-current={isActive ? 'true' : undefined}
      onClick={() => onReveal(d)}
      onFocus={(event) => {
        if (event.target === event.currentTarget) onFocusRow(d)
      }}
      onKeyDown={(event) => onKeyDown(event, d)}
    >
      <SeverityIcon severity={d.severity} />
      <span className="problem-row__message" title={d.message}>
        {d.message}
      </span>
      <span className="problem-row__target" title={targetId ? `${targetName} (${targetId})` : 'The whole design'}>
        {targetName}
      </span>
      {/* At the row's right edge with its actions, so a click on the row's middle still selects the target. */}
      <span className="problem-row__actions">
        <RuleLink ruleId={d.ruleId} className="problem-row__rule" tabIndex={isActive ? 0 : -1} />
        {d.fix && (
          <button
            type="button"
            className="problem-action is-fix"
            data-testid="quick-fix"
            tabIndex={isActive ? 0 : -1}
            title={`Quick fix: ${d.fix.title}`}
            onClick={(event) => {
              event.stopPropagation()
              onFix(d)
            }}
          >
            <Wrench size={12} aria-hidden="true" />
            <span>{d.fix.title}</span>
          </button>
        )}
        <button
          type="button"
          className="problem-action is-icon"
          data-testid="suppress"
          tabIndex={isActive ? 0 : -1}
          title="Suppress… (accept this finding, with a reason)"
          aria-label={`Suppress ${d.ruleId}`}
          onClick={(event) => {
            event.stopPropagation()
            onSuppress(d)
          }}
        >
          <EyeOff size={13} aria-hidden="true" />
        </button>
      </span>
    </div>
  )
})
