import { Field } from './Field'

export interface SelectOption {
  value: string
  label: string
}

interface Props {
  id: string
  label: string
  value: string
  options: readonly SelectOption[]
  help?: string
  aside?: React.ReactNode
  onCommit: (value: string) => void
}

/** A choice commits as soon as it is made: one undo step. */
export function SelectField({ id, label, value, options, help, aside, onCommit }: Props) {
  return (
    <Field id={id} label={label} help={help} aside={aside}>
      <div className="field__control">
        <select
          id={id}
          data-testid={id}
          value={value}
          aria-describedby={help ? `${id}-help` : undefined}
          onChange={(event) => {
            if (event.target.value !== value) onCommit(event.target.value)
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </Field>
  )
}
