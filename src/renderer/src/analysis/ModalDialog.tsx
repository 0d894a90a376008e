import { useEffect, useRef, type ReactNode } from 'react'
import { X } from 'lucide-react'
import './dialogs.css'

interface Props {
  title: string
  onClose: () => void
  children: ReactNode
  className?: string
  testId?: string
}

/**
 * An in-app modal on the native <dialog>: focus moves in and is kept there, Escape closes, focus returns to
 * what had it. Rendered only while open.
 */
export function ModalDialog({ title, onClose, children, className = '', testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      if (dialog?.open) dialog.close()
      previous?.focus()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className={`modal ${className}`}
      data-testid={testId}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      // Chromium may close a dialog on Escape without a cancel event (close watchers); follow it either way.
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        event.stopPropagation()
        onClose()
      }}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its content box) closes it.
        if (event.target === ref.current) onClose()
      }}
    >
      <div className="modal__content">
        <header className="modal__header">
          <h2 className="modal__title">{title}</h2>
          <button type="button" className="modal__close" aria-label="Close" onClick={onClose}>
            <X size={15} aria-hidden="true" />
          </button>
        </header>
        {children}
      </div>
    </dialog>
  )
}
