import type { ReactNode } from 'react'

interface Props {
  id: string
  label: string
  help?: string
  error?: string | null
  /** Shown beside the label: "default", or a reset button when the value is set. */
  aside?: ReactNode
  children: ReactNode
}

/** One inspector row: label, control, then the refusal message or the help line. */
export function Field({ id, label, help, error, aside, children }: Props) {
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        {aside}
      </div>
      {children}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert" data-testid={`${id}-error`}>
          {error}
        </p>
      ) : (
        help && (
          <p className="field__help" id={`${id}-help`}>
            {help}
          </p>
        )
      )}
    </div>
  )
}
