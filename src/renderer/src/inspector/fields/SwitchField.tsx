import { Field } from './Field'

interface Props {
  id: string
  label: string
  isOn: boolean
  help?: string
  aside?: React.ReactNode
  onCommit: (isOn: boolean) => void
}

export function Switch({ id, isOn, label, onToggle }: { id: string; isOn: boolean; label: string; onToggle: () => void }) {
  return (
    <button
      type="button"
      role="switch"
      id={id}
      data-testid={id}
      aria-checked={isOn}
      aria-label={label}
      className={`switch${isOn ? ' is-on' : ''}`}
      onClick={onToggle}
    >
      <span className="switch__thumb" />
    </button>
  )
}

export function SwitchField({ id, label, isOn, help, aside, onCommit }: Props) {
  return (
    <Field id={id} label={label} help={help} aside={aside}>
      <div className="field__control field__control--inline">
        <Switch id={id} isOn={isOn} label={label} onToggle={() => onCommit(!isOn)} />
        <span className="field__state">{isOn ? 'On' : 'Off'}</span>
      </div>
    </Field>
  )
}
