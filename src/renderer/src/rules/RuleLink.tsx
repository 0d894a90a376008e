import { BookOpen } from 'lucide-react'
import { useAnnotationUi } from '@renderer/analysis'
import './rulePage.css'

interface Props {
  ruleId: string
  className?: string
  tabIndex?: number
  /** Show only the book icon (the rules view, where the id is already on the row). */
  isIconOnly?: boolean
}

/** A finding's rule id as a link to the rule's page (what it fires on, why, example, fix, suppress). */
export function RuleLink({ ruleId, className, tabIndex, isIconOnly = false }: Props) {
  const openRulePage = useAnnotationUi((s) => s.openRulePage)
  return (
    <button
      type="button"
      className={`rule-link${isIconOnly ? ' is-icon' : ''}${className ? ` ${className}` : ''}`}
      data-testid="rule-link"
      data-rule-id={ruleId}
      tabIndex={tabIndex}
      title={`About the rule ${ruleId}: what it fires on, why it matters, how to fix or suppress it`}
      aria-label={isIconOnly ? `About the rule ${ruleId}` : `${ruleId}: about this rule`}
      onClick={(event) => {
        event.stopPropagation()
        openRulePage(ruleId)
      }}
    >
      {isIconOnly ? <BookOpen size={14} aria-hidden="true" /> : ruleId}
    </button>
  )
}
