import { useEffect, useState } from 'react'
import { ModalDialog } from '@renderer/ui'
import { confirmHost } from '@renderer/platform'
import type { UnsavedChoice, DialogRequest } from '@renderer/platform'

/**
 * "Save changes first?" in the app's own dialog, as every desktop editor asks it: Save (the default),
 * Don't save, Cancel (also Escape and the close button).
 */
export function ConfirmDialog() {
  const [request, setRequest] = useState<DialogRequest<string, UnsavedChoice> | null>(null)
  useEffect(() => confirmHost.attach(setRequest), [])
  if (!request) return null
  return (
    <ModalDialog
      title="Unsaved changes"
      testId="confirm-dialog"
      className="confirm-dialog"
      onClose={() => request.resolve('cancel')}
      footer={
        <>
          <button type="button" className="button" data-testid="confirm-cancel" onClick={() => request.resolve('cancel')}>
            Cancel
          </button>
          <button type="button" className="button button--danger" data-testid="confirm-discard" onClick={() => request.resolve('discard')}>
            Don’t save
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="confirm-save"
            data-autofocus
            onClick={() => request.resolve('save')}
          >
            Save
          </button>
        </>
      }
    >
      <p>{request.question}</p>
      <p className="confirm-dialog__detail">Your changes will be lost if you don’t save them.</p>
    </ModalDialog>
  )
}
