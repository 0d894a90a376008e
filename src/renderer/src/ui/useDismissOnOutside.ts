import { useEffect, type RefObject } from 'react'

/**
 * Closes an open popup (the top bar's menus) on Escape or on a pointer press outside `rootRef`, as native menus
 * do. `onDismiss` should be stable (a useCallback), or the listeners are re-added on every render.
 */
export function useDismissOnOutside(isOpen: boolean, rootRef: RefObject<HTMLElement | null>, onDismiss: () => void): void {
  useEffect(() => {
    if (!isOpen) return
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return
      if (event instanceof PointerEvent && rootRef.current?.contains(event.target as Node)) return
      onDismiss()
    }
    window.addEventListener('pointerdown', close)
    window.addEventListener('keydown', close)
    return () => {
      window.removeEventListener('pointerdown', close)
      window.removeEventListener('keydown', close)
    }
  }, [isOpen, rootRef, onDismiss])
}
