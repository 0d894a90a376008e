import type { KeyboardEvent, ReactNode } from 'react'
import { RotateCcw } from 'lucide-react'
import type { FailureTarget, Scenario } from '@core/analysis'
import { useRevealTarget } from '@renderer/analysis'
import { useDesign } from '@renderer/store'
import { StateIcon } from './StateIcon'
import { useNameOf, type NameOf } from './nameOf'
import { useWhatIf } from './whatIfStore'

const EFFECTS = [
  { effect: 'breaks', heading: 'Breaks', icon: 'down' },
  { effect: 'degrades', heading: 'Degrades', icon: 'degraded' },
  { effect: 'stalls', heading: 'Stalls', icon: 'stalled' },
] as const

/** Click or Enter on a row reveals its element, as a problem row does. */
function RevealRow({ id, type, testId, children, extra }: { id: string; type: 'node' | 'edge'; testId: string; children: ReactNode; extra?: Record<string, string> }) {
  const reveal = useRevealTarget()
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return
    event.preventDefault()
    reveal({ type, id })
  }
  return (
    <li className="what-if-row" tabIndex={0} data-testid={testId} data-node-id={id} {...extra} onClick={() => reveal({ type, id })} onKeyDown={onKeyDown}>
      {children}
    </li>
  )
}

function describeFail(fail: FailureTarget, nameOf: NameOf, edgeEnds: (id: string) => string): string {
  if (fail.type === 'edge') return `Link ${edgeEnds(fail.id)}`
  return `${fail.type === 'zone' ? 'Zone ' : ''}${nameOf(fail.id)}`
}

function FailedList({ scenario, nameOf }: { scenario: Scenario; nameOf: NameOf }) {
  const design = useDesign()
  const toggleFail = useWhatIf((s) => s.toggleFail)
  const isPreview = useWhatIf((s) => s.preview !== null)
  const edgeEnds = (id: string) => {
    const edge = design.edges.find((e) => e.id === id)
    return edge ? `${nameOf(edge.source)} → ${nameOf(edge.target)}` : id
  }
  return (
    <div className="what-if-group">
      <h3 className="what-if-group__header state-down">
        <StateIcon state="failed" /> {isPreview ? 'Previewing' : 'Failed'} <span className="problems-group__count">{scenario.fails.length}</span>
      </h3>
      <ul className="what-if-rows">
        {scenario.fails.map((fail) => (
          <RevealRow key={`${fail.type}:${fail.id}`} id={fail.id} type={fail.type === 'edge' ? 'edge' : 'node'} testId="scenario-fail" extra={{ 'data-fail-id': fail.id }}>
            <span className="what-if-row__message is-struck">{describeFail(fail, nameOf, edgeEnds)}</span>
            <span className="what-if-row__target">{fail.id}</span>
            {!isPreview && (
              <button
                type="button"
                className="problem-action"
                data-testid="scenario-restore"
                aria-label={`Restore ${describeFail(fail, nameOf, edgeEnds)}`}
                onClick={(event) => {
                  event.stopPropagation()
                  toggleFail(fail)
                }}
              >
                <RotateCcw size={12} aria-hidden="true" /> Restore
              </button>
            )}
          </RevealRow>
        ))}
      </ul>
    </div>
  )
}

/** The scenario in words: what it breaks, degrades and stalls (core's sentences), and what each store does now. */
export function ScenarioView() {
  const scenario = useWhatIf((s) => s.scenario)
  const nameOf = useNameOf()
  if (!scenario) return null
  if (scenario.fails.length === 0) {
    return (
      <p className="problems-empty" data-testid="scenario-empty">
        Nothing has failed. Click a component, a zone or a connection on the canvas to fail it (Enter on a focused one), or hover a row of Single failures to preview it.
      </p>
    )
  }
  return (
    <div className="what-if-scenario" data-testid="scenario" data-severity={scenario.severity}>
      <FailedList scenario={scenario} nameOf={nameOf} />
      {scenario.effects.length === 0 && (
        <p className="what-if-ok" data-testid="scenario-no-effect">
          <StateIcon state="up" /> Every user-facing flow still works, nothing degrades or stalls.
        </p>
      )}
      {EFFECTS.map(({ effect, heading, icon }) => {
        const items = scenario.effects.filter((e) => e.effect === effect)
        if (items.length === 0) return null
        return (
          <div key={effect} className="what-if-group">
            <h3 className={`what-if-group__header state-${icon}`}>
              <StateIcon state={icon} /> {heading} <span className="problems-group__count">{items.length}</span>
            </h3>
            <ul className="what-if-rows">
              {items.map((item) => (
                <RevealRow key={item.node} id={item.node} type="node" testId="scenario-effect" extra={{ 'data-effect': effect }}>
                  <span className="what-if-row__message">{item.message}</span>
                  <span className="what-if-row__target">{nameOf(item.node)}</span>
                </RevealRow>
              ))}
            </ul>
          </div>
        )
      })}
      {scenario.stores.length > 0 && (
        <div className="what-if-group">
          <h3 className="what-if-group__header">
            Stores still serving <span className="problems-group__count">{scenario.stores.length}</span>
          </h3>
          <ul className="what-if-rows">
            {scenario.stores.map((store) => (
              <RevealRow key={store.node} id={store.node} type="node" testId="scenario-store" extra={{ 'data-cap': store.label }}>
                <span className={`cap-chip cap-${store.label} what-if-cap`}>{store.label}</span>
                <span className="what-if-row__target what-if-row__store">{nameOf(store.node)}</span>
                <span className="what-if-row__message">
                  {store.sentence}
                  {store.mayLoseWrites && <strong className="what-if-row__warn"> May lose acknowledged writes.</strong>}
                </span>
              </RevealRow>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
