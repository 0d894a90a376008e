import { useEffect, useState, type FormEvent } from 'react'
import { ModalDialog } from '@renderer/ui'
import { fileNameHost, type DialogRequest } from '@renderer/platform'

/** A name a download can carry: not empty, no folder separators or characters browsers replace. */
export function checkFileName(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed === '') return 'Give the file a name.'
  if (/[\\/:*?"<>|]/.test(trimmed)) return 'A file name cannot contain \\ / : * ? " < > |'
  if (trimmed.length > 200) return 'Keep the name under 200 characters.'
  return null
}

/** Save As in a browser: asks for the download's name (the desktop app uses the native save dialog instead). */
export function FileNameDialog() {
  const [request, setRequest] = useState<DialogRequest<string, string | null> | null>(null)
  useEffect(() => fileNameHost.attach(setRequest), [])
  if (!request) return null
  return <FileNameForm key={request.question} request={request} />
}

function FileNameForm({ request }: { request: DialogRequest<string, string | null> }) {
  const [name, setName] = useState(request.question)
  const [error, setError] = useState<string | null>(null)
  // Focus selects the name without its extension, so typing replaces just the name.
  const stemLength = request.question.replace(/\.(archsight|json)$/i, '').length
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = checkFileName(name)
    if (problem) return setError(problem)
    request.resolve(name.trim())
  }
  return (
    <ModalDialog title="Save as" testId="save-as-dialog" className="confirm-dialog" onClose={() => request.resolve(null)}>
      <form onSubmit={submit} noValidate>
        <div className={`field${error ? ' has-error' : ''}`}>
          <div className="field__label-row">
            <label className="field__label" htmlFor="save-as-name">
              File name
            </label>
          </div>
          <div className="field__control">
            <input
              id="save-as-name"
              data-testid="save-as-name"
              type="text"
              value={name}
              data-autofocus
              onFocus={(event) => event.currentTarget.setSelectionRange(0, stemLength)}
              aria-invalid={error !== null}
              aria-describedby={error ? 'save-as-error' : undefined}
              onChange={(event) => {
                setName(event.target.value)
                setError(null)
              }}
            />
          </div>
          {error && (
            <p id="save-as-error" className="field__error" role="alert">
              {error}
            </p>
          )}
        </div>
        <footer className="save-as-dialog__actions">
          <button type="button" className="button" onClick={() => request.resolve(null)}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" data-testid="save-as-confirm">
            Save
          </button>
        </footer>
      </form>
    </ModalDialog>
  )
}
