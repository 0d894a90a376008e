import { Panel } from '@xyflow/react'
import { RotateCcw, ZapOff } from 'lucide-react'
import { getCommandSpec } from '@shared/commands'
import { STATE_LABELS } from '@core/picture'
import { formatShortcut, isMacPlatform } from '@renderer/commands'
import { StateIcon } from './StateIcon'
import { useWhatIf } from './whatIfStore'
import './whatIf.css'

const LEGEND = ['up', 'degraded', 'stalled', 'down', 'failed'] as const
const SHORTCUT = getCommandSpec('view.toggleWhatIf')?.shortcut ?? 'W'

/** The canvas corner's what-if toggle and, in the mode, the scenario's name, how to use it and the states' key. */
export function WhatIfControl() {
  const isOn = useWhatIf((s) => s.isOn)
  const title = useWhatIf((s) => s.title)
  const count = useWhatIf((s) => s.fails.length)
  const isPreview = useWhatIf((s) => s.preview !== null)
  const toggle = useWhatIf((s) => s.toggle)
  const restoreAll = useWhatIf((s) => s.restoreAll)
  const shortcut = formatShortcut(SHORTCUT, isMacPlatform())
  return (
    <Panel position="top-left" className="what-if-control">
      <button
        type="button"
        className={`canvas-overlay canvas-toggle what-if-toggle${isOn ? ' is-on' : ''}`}
        aria-pressed={isOn}
        data-testid="what-if-toggle"
        title={`What if it fails? Fail parts of the design and see what breaks (${shortcut})`}
        onClick={toggle}
      >
        <ZapOff size={14} aria-hidden="true" />
        What if
      </button>
      {isOn && (
        <div className="canvas-overlay what-if-banner" data-testid="what-if-banner">
          <div className="what-if-banner__row">
            <strong className="what-if-banner__title" data-testid="what-if-title" role="status">
              {isPreview ? `Preview · ${title}` : title}
            </strong>
            {count > 0 && (
              <button type="button" className="button what-if-banner__button" data-testid="what-if-restore-all" onClick={restoreAll}>
                <RotateCcw size={12} aria-hidden="true" /> Restore all
              </button>
            )}
          </div>
          <div className="what-if-banner__hint">Click a component, zone or connection to fail it, again to restore it. Esc leaves.</div>
          <div className="what-if-legend" role="note" aria-label="State key">
            {LEGEND.map((state) => (
              <span key={state} className={`what-if-legend__item state-${state === 'failed' ? 'down' : state}`}>
                <StateIcon state={state} />
                {STATE_LABELS[state]}
              </span>
            ))}
          </div>
        </div>
      )}
    </Panel>
  )
}
