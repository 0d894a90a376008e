import { useRef } from 'react'
import { LogOut } from 'lucide-react'
import { FailureTable } from './FailureTable'
import { ScenarioView } from './ScenarioView'
import { useWhatIf, type WhatIfTab } from './whatIfStore'
import './whatIfPanel.css'

const TABS: readonly { id: WhatIfTab; label: string }[] = [
  { id: 'scenario', label: 'Scenario' },
  { id: 'table', label: 'Single failures' },
]

/**
 * The bottom panel in the what-if mode, in place of the problems: the scenario in words (what breaks, degrades
 * and stalls, what each store does now) and the single-failure table, as two tabs (arrow keys move between them).
 */
export function WhatIfPanel() {
  const tab = useWhatIf((s) => s.tab)
  const setTab = useWhatIf((s) => s.setTab)
  const setOn = useWhatIf((s) => s.setOn)
  const tabsRef = useRef<HTMLDivElement>(null)
  const onTabKey = (event: React.KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    const next = TABS[(TABS.findIndex((t) => t.id === tab) + 1) % TABS.length].id
    setTab(next)
    tabsRef.current?.querySelector<HTMLElement>(`#what-if-tab-${next}`)?.focus()
  }
  return (
    <section className="problems-panel what-if-panel" data-testid="what-if-panel" aria-label="What if">
      <header className="problems-toolbar">
        <h2 className="section-heading problems-toolbar__title">What if</h2>
        <div className="what-if-tabs" role="tablist" aria-label="What if views" ref={tabsRef} onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`what-if-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls="what-if-tabpanel"
              tabIndex={tab === t.id ? 0 : -1}
              className={`quiet-button quiet-button--small what-if-tab${tab === t.id ? ' is-on' : ''}`}
              data-testid={`what-if-tab-${t.id}`}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" className="quiet-button quiet-button--small problems-rules what-if-leave" data-testid="what-if-leave" onClick={() => setOn(false)} title="Leave the what-if mode: everything is restored (Esc)">
          <LogOut size={14} aria-hidden="true" /> Leave what-if
        </button>
      </header>
      <div className="problems-body" role="tabpanel" id="what-if-tabpanel" aria-labelledby={`what-if-tab-${tab}`}>
        {tab === 'scenario' ? <ScenarioView /> : <FailureTable />}
      </div>
    </section>
  )
}
