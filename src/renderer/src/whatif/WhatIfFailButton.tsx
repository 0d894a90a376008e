import { RotateCcw, ZapOff } from 'lucide-react'
import type { FailureTarget } from '@core/analysis'
import { isFailed, useWhatIf } from './whatIfStore'

/** In the what-if mode, the inspector's keyboard way to fail the selected part, or to restore it. */
export function WhatIfFailButton({ target, name }: { target: FailureTarget; name: string }) {
  const isOn = useWhatIf((s) => s.isOn)
  const isChosen = useWhatIf((s) => isFailed(s.fails, target.type, target.id))
  const toggleFail = useWhatIf((s) => s.toggleFail)
  if (!isOn) return null
  return (
    <button
      type="button"
      className={`button what-if-fail-button${isChosen ? '' : ' is-danger'}`}
      data-testid="what-if-fail"
      aria-pressed={isChosen}
      onClick={() => toggleFail(target)}
      title={isChosen ? `Restore ${name} (what if)` : `Fail ${name} and see what breaks (what if)`}
    >
      {isChosen ? <RotateCcw size={14} aria-hidden="true" /> : <ZapOff size={14} aria-hidden="true" />}
      {isChosen ? `Restore ${name}` : `Fail ${name}`}
    </button>
  )
}
