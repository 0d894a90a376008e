import type { ReactNode } from 'react'

interface Props {
  /** Closes the dialog and changes nothing. */
  onCancel: () => void
  cancelTestId?: string
  /** The dialog's one action: the accent button, focused when the dialog opens. */
  actionLabel: ReactNode
  onAction: () => void
  isActionDisabled?: boolean
  actionTestId: string
}

/** The end of a dialog's footer: Cancel, then the action, in the order every dialog keeps. */
export function DialogActions({ onCancel, cancelTestId, actionLabel, onAction, isActionDisabled, actionTestId }: Props) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel} data-testid={cancelTestId}>
        Cancel
      </button>
      <button
        type="button"
        className="button button--primary"
        onClick={onAction}
        disabled={isActionDisabled}
        data-testid={actionTestId}
        data-autofocus
      >
        {actionLabel}
      </button>
    </>
  )
}
