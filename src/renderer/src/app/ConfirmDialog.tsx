import { useEffect, useState } from 'react'
import { ModalDialog } from '../ui/ModalDialog'
import { confirmHost, type DialogRequest } from '../platform/dialogHost'

/** Answers the platform's "discard unsaved changes?" in the app's own dialog; Cancel is the safe default. */
export function ConfirmDialog() {
  const [request, setRequest] = useState<DialogRequest<string, boolean> | null>(null)
  useEffect(() => confirmHost.attach(setRequest), [])
  if (!request) return null
  return (
    <ModalDialog
      title="Unsaved changes"
      testId="confirm-dialog"
      className="confirm-dialog"
      onClose={() => request.resolve(false)}
      footer={
        <>
          <button type="button" className="dialog-button" data-testid="confirm-cancel" data-autofocus onClick={() => request.resolve(false)}>
            Keep editing
          </button>
          <button type="button" className="dialog-button dialog-button--danger" data-testid="confirm-discard" onClick={() => request.resolve(true)}>
            Discard changes
          </button>
        </>
      }
    >
      <p>{request.question}</p>
    </ModalDialog>
  )
}
