interface Props<T extends string | number> {
  label: string
  name: string
  value: T
  options: readonly { value: T; label: string }[]
  onChange: (value: T) => void
}

/** A segmented control over real radio buttons: arrow keys move the choice, a screen reader hears a group. */
export function ChoiceGroup<T extends string | number>({ label, name, value, options, onChange }: Props<T>) {
  return (
    <fieldset className="choice-group">
      <legend className="section-heading">{label}</legend>
      <div className="choice-group__options">
        {options.map((option) => (
          <label key={option.value} className={`choice${option.value === value ? ' is-selected' : ''}`}>
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={option.value === value}
              data-testid={`${name}-${option.value}`}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
