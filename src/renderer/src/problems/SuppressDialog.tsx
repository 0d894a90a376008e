import { useState, type FormEvent } from 'react'
import { useAnnotationUi, suppressFinding, validateReason } from '@renderer/analysis'
import { ModalDialog, SeverityIcon } from '@renderer/ui'

/** Asks why a finding is accepted; an empty reason is refused. Writes one suppression (one undo step). */
export function SuppressDialog() {
  const diagnostic = useAnnotationUi((s) => s.suppressing)
  const askSuppress = useAnnotationUi((s) => s.askSuppress)
  if (!diagnostic) return null
  return <SuppressForm key={`${diagnostic.ruleId}|${diagnostic.message}`} onClose={() => askSuppress(null)} />
}

function SuppressForm({ onClose }: { onClose: () => void }) {
  const diagnostic = useAnnotationUi((s) => s.suppressing)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  if (!diagnostic) return null
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = validateReason(reason)
    if (problem) {
      setError(problem)
      return
    }
    suppressFinding(diagnostic, reason)
    onClose()
  }
  return (
    <ModalDialog title="Suppress finding" onClose={onClose} className="suppress-dialog" testId="suppress-dialog">
      <form onSubmit={submit} noValidate>
        <p className="suppress-dialog__finding">
          <SeverityIcon severity={diagnostic.severity} />
          <span>
            {diagnostic.message} <code>{diagnostic.ruleId}</code>
          </span>
        </p>
        <label className="suppress-dialog__label" htmlFor="suppress-reason">
          Why is this accepted?
        </label>
        <textarea
          id="suppress-reason"
          data-testid="suppress-reason"
          rows={3}
          data-autofocus
          value={reason}
          aria-invalid={error !== null}
          aria-describedby={error ? 'suppress-reason-error' : 'suppress-reason-help'}
          placeholder="e.g. MVP: a single primary is accepted until launch"
          onChange={(event) => {
            setReason(event.target.value)
            if (error) setError(null)
          }}
        />
        {error ? (
          <p id="suppress-reason-error" className="modal__error" data-testid="suppress-error" role="alert">
            {error}
          </p>
        ) : (
          <p id="suppress-reason-help" className="modal__help">
            Saved in the design with the finding; it leaves every count and the CLI’s exit status.
          </p>
        )}
        <footer className="modal__footer">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" data-testid="suppress-confirm">
            Suppress
          </button>
        </footer>
      </form>
    </ModalDialog>
  )
}
