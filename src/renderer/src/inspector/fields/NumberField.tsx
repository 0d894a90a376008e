import { parseNumberField, type NumberRule } from '../validation'
import { TextInputField } from './TextInputField'

interface Props {
  id: string
  label: string
  /** Absent from the design: the box is empty (a placeholder may say what applies instead). */
  value: number | undefined
  rule: NumberRule
  inputMode: 'decimal' | 'numeric'
  help?: string
  placeholder?: string
  unit?: string
  /** undefined when an optional box is emptied: the value leaves the design. */
  onCommit: (value: number | undefined) => void
}

/** A number of the design that may be absent: the box shows it as typed and refuses what its rule refuses. */
export function NumberField({ value, rule, onCommit, ...box }: Props) {
  return (
    <TextInputField
      {...box}
      value={value === undefined ? '' : String(value)}
      parse={(raw) => parseNumberField(raw, rule)}
      onCommit={(next) => onCommit(next ?? undefined)}
    />
  )
}
