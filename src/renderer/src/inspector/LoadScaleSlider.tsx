import { useRef, type CSSProperties } from 'react'
import { RotateCcw, TrendingUp } from 'lucide-react'
import {
  applyLoadScaleToWorkload,
  findStopIndex,
  formatLoadScale,
  LOAD_SCALE_STOPS,
  resetLoadScale,
  setLoadScale,
  useLoadScale,
} from '@renderer/analysis'
import { useEditorStore } from '@renderer/store'
import './loadScale.css'

const LAST = LOAD_SCALE_STOPS.length - 1
/** Labelled stops under the track, at their places on it. */
const TICKS = [1, 10, 50, 100].map((factor) => ({ factor, at: findStopIndex(factor) / LAST }))

function formatUsers(users: number): string {
  return users.toLocaleString('en-US', { maximumFractionDigits: 0 })
}

/**
 * The load scenario: "what if we had N times the users?". A native range input, so arrows, Page keys, Home
 * and End work and a screen reader hears "×50"; its value is the stop's index (loadScale.ts's stops).
 */
export function LoadScaleSlider() {
  const factor = useLoadScale((s) => s.factor)
  const users = useEditorStore((s) => s.design.workload?.monthlyActiveUsers ?? 0)
  const slider = useRef<HTMLInputElement>(null)
  const isActive = factor > 1
  // Apply and Reset disappear with the scenario: focus goes back to the slider rather than to the page.
  const finish = (action: () => void) => () => {
    action()
    slider.current?.focus()
  }
  return (
    <div className={`load-scale${isActive ? ' is-active' : ''}`} data-testid="load-scale-panel" data-factor={factor}>
      <div className="field__label-row">
        <label className="field__label load-scale__label" htmlFor="load-scale">
          <TrendingUp size={13} aria-hidden="true" /> Load scenario
        </label>
        <output className="load-scale__value" htmlFor="load-scale" data-testid="load-scale-value">
          {formatLoadScale(factor)}
        </output>
      </div>
      <input
        ref={slider}
        id="load-scale"
        className="load-scale__range"
        type="range"
        min={0}
        max={LAST}
        step={1}
        value={findStopIndex(factor)}
        aria-valuetext={`${formatLoadScale(factor)} the workload's users`}
        aria-describedby="load-scale-help"
        data-testid="load-scale"
        data-factor={factor}
        onChange={(event) => setLoadScale(LOAD_SCALE_STOPS[Number(event.target.value)])}
      />
      <div className="load-scale__ticks" aria-hidden="true">
        {TICKS.map((tick) => (
          <span key={tick.factor} style={{ '--at': tick.at } as CSSProperties}>
            {formatLoadScale(tick.factor)}
          </span>
        ))}
      </div>
      <p className="field__help" id="load-scale-help" data-testid="load-scale-help">
        {isActive
          ? `Analysed as ${formatUsers(users * factor)} monthly users; the design keeps ${formatUsers(users)} until you apply it.`
          : 'Try the design with up to 100 times its users. The design does not change.'}
      </p>
      {isActive && (
        <div className="load-scale__actions">
          <button type="button" className="button" data-testid="load-scale-apply" onClick={finish(applyLoadScaleToWorkload)}>
            Apply to workload
          </button>
          <button type="button" className="button button--quiet" data-testid="load-scale-reset" onClick={finish(resetLoadScale)}>
            <RotateCcw size={13} aria-hidden="true" /> Reset
          </button>
        </div>
      )}
    </div>
  )
}
