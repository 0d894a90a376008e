import { X, TriangleAlert } from 'lucide-react'
import { useEditorStore } from '@renderer/store'

/** A file that could not be opened: the message, until dismissed; the design on the canvas is untouched. */
export function ErrorBanner() {
  const message = useEditorStore((s) => s.loadError)
  const dismiss = useEditorStore((s) => s.setLoadError)
  if (!message) return null
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <TriangleAlert size={16} aria-hidden="true" />
      <span className="error-banner__message">{message}</span>
      <button type="button" className="quiet-button icon-button" onClick={() => dismiss(null)} aria-label="Dismiss" data-testid="error-banner-dismiss">
        <X size={14} />
      </button>
    </div>
  )
}
