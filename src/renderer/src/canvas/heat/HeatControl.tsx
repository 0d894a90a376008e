import { Panel } from '@xyflow/react'
import { Flame } from 'lucide-react'
import { useAnalysisStore, useAnnotationUi, useIsAnalysisOfThisLoad } from '@renderer/analysis'
import './annotations.css'
import './heat.css'

const BANDS = [
  { heat: 'cool', label: 'under 70 %' },
  { heat: 'warm', label: '70–100 %' },
  { heat: 'hot', label: 'over 100 %' },
  { heat: 'none', label: 'no capacity' },
] as const

/** The canvas corner's heat toggle and, while it is on, the legend of its colours. */
export function HeatControl() {
  const isHeatOn = useAnnotationUi((s) => s.isHeatOn)
  const toggleHeat = useAnnotationUi((s) => s.toggleHeat)
  const hasWorkload = useAnalysisStore((s) => s.analysis?.workload !== undefined)
  // Said of the design on screen only: the result of the design open before may have had a workload or not.
  const isCurrent = useIsAnalysisOfThisLoad()
  return (
    <Panel position="top-right" className="heat-control">
      <button
        type="button"
        className={`canvas-overlay canvas-toggle heat-toggle${isHeatOn ? ' is-on' : ''}`}
        aria-pressed={isHeatOn}
        data-testid="heat-toggle"
        title="Colour components by peak utilisation (Shift+H)"
        onClick={toggleHeat}
      >
        <Flame size={14} aria-hidden="true" />
        Load heat
      </button>
      {isHeatOn && (
        <div className="canvas-overlay heat-legend" data-testid="heat-legend" role="note" aria-label="Heat legend">
          {BANDS.map((band) => (
            <span key={band.heat} className={`heat-legend__item heat-${band.heat}`}>
              <span className="heat-legend__swatch" aria-hidden="true" />
              {band.label}
            </span>
          ))}
          {isCurrent && !hasWorkload && <span className="heat-legend__note">Add a workload to see load</span>}
        </div>
      )}
    </Panel>
  )
}
