import { useId, useRef, type ReactNode } from 'react'
import { X } from 'lucide-react'
import { useModalDialog } from './useModalDialog'
import './dialog.css'
import './dialogs.css'

interface Props {
  title: string
  subtitle?: string
  testId: string
  className?: string
  onClose: () => void
  children: ReactNode
  footer?: ReactNode
}

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape and restores focus to what opened
 * it, so every dialog of the app behaves like the platform's own dialogs.
 */
export function ModalDialog({ title, subtitle, testId, className, onClose, children, footer }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useModalDialog(ref, onClose)

  return (
    <dialog
      ref={ref}
      className={`dialog-panel${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      // A click on the backdrop lands on the <dialog> itself, outside its content box.
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose()
      }}
      // With a select focused, Chromium may swallow Escape before the dialog's cancel: close here too.
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        onClose()
      }}
    >
      <div className="dialog-panel__frame">
        <header className="dialog-panel__header">
          <div>
            <h2 id={titleId}>{title}</h2>
            {subtitle && <p className="dialog-panel__subtitle">{subtitle}</p>}
          </div>
          <button type="button" className="quiet-button icon-button dialog-panel__close" onClick={onClose} aria-label="Close">
            <X size={16} />
          </button>
        </header>
        <div className="dialog-panel__body">{children}</div>
        {footer && <footer className="dialog-panel__footer">{footer}</footer>}
      </div>
    </dialog>
  )
}
