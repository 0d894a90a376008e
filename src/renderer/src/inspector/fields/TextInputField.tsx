import { useState, type KeyboardEvent } from 'react'
import type { FieldParse } from '../validation'
import { Field } from './Field'
import { useDraft } from './useDraft'

interface Props<T> {
  id: string
  label: string
  value: string
  help?: string
  placeholder?: string
  unit?: string
  isMultiline?: boolean
  inputMode?: 'decimal' | 'numeric' | 'text'
  aside?: React.ReactNode
  parse: (raw: string) => FieldParse<T>
  onCommit: (value: T) => void
}

/**
 * A text or number box that commits on blur or Enter (one undo step per edit) and refuses an invalid value at
 * the field: the message shows, the design is not touched. Escape puts back the committed value.
 */
export function TextInputField<T>({ id, label, value, help, placeholder, unit, isMultiline, inputMode, aside, parse, onCommit }: Props<T>) {
  const [draft, setDraft, revert] = useDraft(value)
  const [error, setError] = useState<string | null>(null)
  const [seenValue, setSeenValue] = useState(value)
  if (seenValue !== value) {
    setSeenValue(value)
    setError(null)
  }

  const commit = () => {
    if (draft === value) {
      setError(null)
      return
    }
    const parsed = parse(draft)
    if (!parsed.ok) {
      setError(parsed.message)
      return
    }
    setError(null)
    onCommit(parsed.value)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (!isMultiline || event.metaKey || event.ctrlKey)) {
      event.preventDefault()
      // Like Figma: Enter commits and leaves the field (blur commits), so Ctrl+Z next undoes the edit.
      if (parse(draft).ok) event.currentTarget.blur()
      else commit()
    } else if (event.key === 'Escape') {
      revert()
      setError(null)
    }
  }
  const common = {
    id,
    value: draft,
    placeholder,
    'data-testid': id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : help ? `${id}-help` : undefined,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setDraft(event.target.value),
    onBlur: commit,
    onKeyDown,
    spellCheck: false,
  }
  return (
    <Field id={id} label={label} help={help} error={error} aside={aside}>
      <div className="field__control">
        {isMultiline ? (
          <textarea {...common} rows={3} />
        ) : (
          <input {...common} type="text" inputMode={inputMode} autoComplete="off" />
        )}
        {unit && <span className="field__unit">{unit}</span>}
      </div>
    </Field>
  )
}
