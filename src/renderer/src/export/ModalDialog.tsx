import { useEffect, useId, useRef, type ReactNode } from 'react'
import { X } from 'lucide-react'
import './export.css'

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
 * it, so the export dialog and the template gallery behave like the platform's own dialogs.
 */
export function ModalDialog({ title, subtitle, testId, className, onClose, children, footer }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  }, [onClose])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    // showModal() moves focus to the first focusable (the close button). Keep a child's own autoFocus, else take
    // the control marked data-autofocus (the dialog's main action), so Enter does the expected thing.
    const focused = document.activeElement
    if (!dialog.open) dialog.showModal()
    if (focused instanceof HTMLElement && dialog.contains(focused)) focused.focus()
    else dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    const onCancel = (event: Event) => {
      event.preventDefault()
      onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      if (dialog.open) dialog.close()
    }
  }, [])

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
    >
      <div className="dialog-panel__frame">
        <header className="dialog-panel__header">
          <div>
            <h2 id={titleId}>{title}</h2>
            {subtitle && <p className="dialog-panel__subtitle">{subtitle}</p>}
          </div>
          <button type="button" className="icon-button dialog-panel__close" onClick={onClose} aria-label="Close">
            <X size={16} />
          </button>
        </header>
        <div className="dialog-panel__body">{children}</div>
        {footer && <footer className="dialog-panel__footer">{footer}</footer>}
      </div>
    </dialog>
  )
}
