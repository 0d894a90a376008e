import { useMemo, useState } from 'react'
import { ALL_RULES } from '@core/analysis'
import type { RuleSetting } from '@core/design/types'
import { useAnnotationUi, setRuleSetting } from '@renderer/analysis'
import { ModalDialog } from '@renderer/ui'
import { useEditorStore } from '@renderer/store'
import { RuleLink } from './RuleLink'
import { filterRules } from './rulesModel'
import './rules.css'

const CHOICES: ReadonlyArray<{ value: RuleSetting | 'default'; label: string }> = [
  { value: 'default', label: 'Default' },
  { value: 'error', label: 'Error' },
  { value: 'warning', label: 'Warning' },
  { value: 'info', label: 'Info' },
  { value: 'off', label: 'Off' },
]

/** Every rule with its description, rationale and default, a link to its page; this design's severity or "off" for each. */
export function RulesDialog() {
  const isOpen = useAnnotationUi((s) => s.isRulesOpen)
  const setRulesOpen = useAnnotationUi((s) => s.setRulesOpen)
  if (!isOpen) return null
  return <RulesList onClose={() => setRulesOpen(false)} />
}

function RulesList({ onClose }: { onClose: () => void }) {
  const settings = useEditorStore((s) => s.design.rules)
  const [query, setQuery] = useState('')
  const rules = useMemo(() => filterRules(ALL_RULES, query), [query])
  const changed = Object.keys(settings ?? {}).length
  return (
    <ModalDialog title="Rules" onClose={onClose} className="rules-dialog" testId="rules-dialog">
      <div className="rules-toolbar">
        <input
          type="search"
          value={query}
          placeholder="Filter rules"
          aria-label="Filter rules"
          data-testid="rules-filter"
          data-autofocus
          onChange={(event) => setQuery(event.target.value)}
        />
        <span className="muted rules-toolbar__note">
          {ALL_RULES.length} rules · {changed === 0 ? 'all at their defaults' : `${changed} changed for this design`}
        </span>
      </div>
      <ul className="rules-list">
        {rules.map((rule) => {
          const { id, severity, category, description, rationale } = rule.meta
          const current = settings?.[id]
          return (
            <li key={id} className={`rules-row${current ? ' is-changed' : ''}${current === 'off' ? ' is-off' : ''}`} data-testid="rule-row" data-rule-id={id}>
              <div className="rules-row__text">
                <div className="rules-row__head">
                  <code>{id}</code>
                  <span className="rules-row__category">{category}</span>
                </div>
                <div className="rules-row__description">{description}</div>
                <div className="rules-row__rationale">{rationale}</div>
              </div>
              <RuleLink ruleId={id} isIconOnly />
              <label className="rules-row__setting">
                <span className="visually-hidden">Severity of {id}</span>
                <select
                  value={current ?? 'default'}
                  data-testid="rule-setting"
                  onChange={(event) => setRuleSetting(id, event.target.value as RuleSetting | 'default')}
                >
                  {CHOICES.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.value === 'default' ? `Default (${severity})` : choice.label}
                    </option>
                  ))}
                </select>
              </label>
            </li>
          )
        })}
        {rules.length === 0 && <li className="muted rules-empty">No rule matches “{query}”</li>}
      </ul>
    </ModalDialog>
  )
}
