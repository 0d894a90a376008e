import { useState } from 'react'
import type { Autoscaling } from '@core/design/types'
import { Field } from './fields/Field'
import { Switch } from './fields/SwitchField'
import { useDraft } from './fields/useDraft'
import { parseAutoscaling } from './validation'

interface Props {
  id: string
  label: string
  help: string
  value: Autoscaling | null
  instances: number
  onCommit: (value: Autoscaling | null) => void
}

/** On/off, and when on a min-max pair checked together (1 ≤ min ≤ max) before anything is written. */
export function AutoscalingField({ id, label, help, value, instances, onCommit }: Props) {
  const [minDraft, setMinDraft, revertMin] = useDraft(value ? String(value.min) : '')
  const [maxDraft, setMaxDraft, revertMax] = useDraft(value ? String(value.max) : '')
  const [error, setError] = useState<string | null>(null)

  const commit = () => {
    if (!value || (minDraft === String(value.min) && maxDraft === String(value.max))) return setError(null)
    const parsed = parseAutoscaling(minDraft, maxDraft)
    if (!parsed.ok) return setError(parsed.message)
    setError(null)
    onCommit(parsed.value)
  }
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Enter') commit()
    if (event.key === 'Escape') {
      revertMin()
      revertMax()
      setError(null)
    }
  }
  const toggle = () => {
    setError(null)
    const min = Math.max(1, instances)
    onCommit(value ? null : { min, max: Math.max(min * 2, min + 2) })
  }

  // What the min and max inputs share: both commit together on blur or Enter and show the pair's error.
  const countInput = { inputMode: 'numeric' as const, onBlur: commit, onKeyDown, 'aria-invalid': error ? true : undefined }

  return (
    <Field id={id} label={label} help={help} error={error}>
      <div className="field__control field__control--inline">
        <Switch id={id} isOn={value !== null} label={label} onToggle={toggle} />
        {value ? (
          <div className="range-pair">
            <input {...countInput} aria-label="Min instances" data-testid={`${id}-min`} value={minDraft} onChange={(e) => setMinDraft(e.target.value)} />
            <span className="muted">to</span>
            <input {...countInput} aria-label="Max instances" data-testid={`${id}-max`} value={maxDraft} onChange={(e) => setMaxDraft(e.target.value)} />
            <span className="field__unit">instances</span>
          </div>
        ) : (
          <span className="field__state">Off</span>
        )}
      </div>
    </Field>
  )
}
