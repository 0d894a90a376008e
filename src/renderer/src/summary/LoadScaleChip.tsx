import { TrendingUp, X } from 'lucide-react'
import { formatLoadScale, resetLoadScale, useLoadScale } from '@renderer/analysis'
import { useEditorStore } from '@renderer/store'

/**
 * Says, next to the peak figure it changes, that a load scenario is on: every count and finding on screen is
 * for N times the users, not for the design as saved. A click ends the scenario.
 */
export function LoadScaleChip() {
  const factor = useLoadScale((s) => s.factor)
  const hasWorkload = useEditorStore((s) => s.design.workload !== undefined)
  if (factor === 1 || !hasWorkload) return null
  const scale = formatLoadScale(factor)
  return (
    <button
      type="button"
      className="summary-scenario"
      data-testid="load-scale-chip"
      data-factor={factor}
      title={`Load scenario: the analysis shows ${scale} the workload's users; the design is unchanged.\nClick to go back to ×1`}
      // Starts with the visible text, so a voice command of what is seen ("click Load ×50") finds it.
      aria-label={`Load ${scale}: a load scenario, the analysis shows ${scale} the workload's users. Click to end it`}
      onClick={resetLoadScale}
    >
      <TrendingUp size={13} aria-hidden="true" />
      Load {scale}
      <X size={12} aria-hidden="true" className="summary-scenario__close" />
    </button>
  )
}
