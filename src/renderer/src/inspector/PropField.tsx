import { RotateCcw } from 'lucide-react'
import type { PropSpec } from '@core/catalogue'
import type { Autoscaling } from '@core/design/types'
import { TextInputField } from './fields/TextInputField'
import { SelectField } from './fields/SelectField'
import { SwitchField } from './fields/SwitchField'
import { AutoscalingField } from './AutoscalingField'
import { getPropRule, parseNumberField } from './validation'

export interface QueueChoice {
  id: string
  label: string
}

interface Props {
  spec: PropSpec
  /** The resolved value (the node's own, or the catalogue default). */
  value: unknown
  defaultValue: unknown
  isSet: boolean
  queues: readonly QueueChoice[]
  instances: number
  onCommit: (value: unknown) => void
}

function formatValue(spec: PropSpec, value: unknown): string {
  if (value === null || value === undefined) return spec.nullLabel ?? 'none'
  return typeof value === 'number' ? value.toLocaleString('en') : String(value)
}

/** The right control for a catalogue prop; undefined as a committed value means "back to the default". */
export function PropField({ spec, value, defaultValue, isSet, queues, instances, onCommit }: Props) {
  const id = `field-${spec.key}`
  const differs = isSet && JSON.stringify(value) !== JSON.stringify(defaultValue)
  const aside = differs ? (
    <button
      type="button"
      className="field__reset"
      onClick={() => onCommit(undefined)}
      title={`Reset to the default (${formatValue(spec, defaultValue)})`}
      data-testid={`${id}-reset`}
    >
      <RotateCcw size={11} aria-hidden="true" /> default {formatValue(spec, defaultValue)}
    </button>
  ) : (
    <span className="field__default">default</span>
  )
  // A value equal to the default is stored as "no value": the file stays minimal and follows the catalogue.
  const commit = (next: unknown) => onCommit(JSON.stringify(next) === JSON.stringify(defaultValue) ? undefined : next)

  switch (spec.type) {
    case 'integer':
    case 'number': {
      const rule = getPropRule(spec)
      return (
        <TextInputField
          id={id}
          label={spec.label}
          value={typeof value === 'number' ? String(value) : ''}
          placeholder={spec.nullLabel ?? String(defaultValue ?? '')}
          unit={spec.unit}
          help={spec.help}
          inputMode={spec.type === 'integer' ? 'numeric' : 'decimal'}
          aside={aside}
          parse={(raw) => parseNumberField(raw, rule)}
          onCommit={(next) => commit(next === null ? defaultValue : next)}
        />
      )
    }
    case 'boolean':
      return <SwitchField id={id} label={spec.label} isOn={value === true} help={spec.help} aside={aside} onCommit={commit} />
    case 'enum':
      return (
        <SelectField
          id={id}
          label={spec.label}
          value={String(value)}
          help={spec.help}
          aside={aside}
          options={(spec.options ?? []).map((o) => ({ value: o, label: o === defaultValue ? `${o} (default)` : o }))}
          onCommit={commit}
        />
      )
    case 'queue-ref':
      return (
        <SelectField
          id={id}
          label={spec.label}
          value={typeof value === 'string' ? value : ''}
          help={queues.length === 0 ? `${spec.help} Add another queue to the canvas to pick one.` : spec.help}
          aside={aside}
          options={[
            { value: '', label: spec.nullLabel ?? 'none' },
            ...queues.map((q) => ({ value: q.id, label: q.label === q.id ? q.id : `${q.label} (${q.id})` })),
          ]}
          onCommit={(next) => commit(next === '' ? null : next)}
        />
      )
    case 'autoscaling':
      return (
        <AutoscalingField
          id={id}
          label={spec.label}
          help={spec.help}
          value={(value as Autoscaling | null) ?? null}
          instances={instances}
          onCommit={commit}
        />
      )
  }
}
