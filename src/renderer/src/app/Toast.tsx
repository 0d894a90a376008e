import { useEffect } from 'react'
import { X } from 'lucide-react'
import { useEditorStore } from '@renderer/store'

const TOAST_MS = 8000

export function Toast() {
  const notice = useEditorStore((s) => s.notice)
  const show = useEditorStore((s) => s.showNotice)
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => show(null), TOAST_MS)
    return () => clearTimeout(timer)
  }, [notice, show])
  if (!notice) return null
  return (
    <div className="toast" role="status" data-testid="toast">
      <span>{notice.message}</span>
      {notice.action && (
        <button
          type="button"
          className="text-button"
          onClick={() => {
            notice.action?.()
            show(null)
          }}
        >
          {notice.actionLabel ?? 'OK'}
        </button>
      )}
      <button type="button" className="quiet-button icon-button" onClick={() => show(null)} aria-label="Dismiss">
        <X size={12} />
      </button>
    </div>
  )
}
