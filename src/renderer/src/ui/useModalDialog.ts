import { useEffect, useRef, type RefObject } from 'react'
import { takeFocusReturn } from './focusReturn'

/**
 * What had the focus before each dialog opened, to give it back at the close: the browser would at close(), but
 * React removes the dialog from the page before the effect's cleanup closes it, and a removed dialog gives nothing
 * back. Kept with the dialog: under StrictMode's mount, cleanup, mount the second mount finds the focus inside it.
 */
const openers = new WeakMap<HTMLDialogElement, HTMLElement | null>()

/**
 * The control a dialog opening now gives the focus back to; with the focus on the page, the field a keyboard
 * command blurred to commit it (focusReturn.ts).
 */
function openerOf(dialog: HTMLDialogElement, focused: Element | null): HTMLElement | null {
  if (openers.has(dialog)) return openers.get(dialog) ?? null
  if (!(focused instanceof HTMLElement) || focused === document.body) return takeFocusReturn()
  return dialog.contains(focused) ? null : focused
}

/**
 * Shows a native <dialog> as a modal while the component is mounted: the browser traps focus, closes on
 * Escape and restores focus to what opened it, like the platform's own dialogs. onClose hears every way out
 * (Escape, a close watcher) exactly once per real close.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>, onClose: () => void): void {
  const onCloseRef = useRef(onClose)
  useEffect(() => {
    onCloseRef.current = onClose
  }, [onClose])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    // showModal() moves focus to the first focusable (often the close button), where the first Space or Enter
    // would close the dialog. Take the control marked data-autofocus instead (the field to type in, else the
    // main action). React's autoFocus cannot do it: it runs while the <dialog> is still closed and unfocusable.
    // A control that already took the focus inside the dialog keeps it.
    const focused = document.activeElement
    const opener = openerOf(dialog, focused)
    openers.set(dialog, opener)
    if (!dialog.open) dialog.showModal()
    if (focused instanceof HTMLElement && dialog.contains(focused)) focused.focus()
    else dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus()
    const onCancel = (event: Event) => {
      event.preventDefault()
      onCloseRef.current()
    }
    // Chromium may close a dialog on Escape without a cancel event (close watchers): follow it either way.
    // The close event is queued: under StrictMode's mount, cleanup, mount the cleanup's close() arrives after
    // the second mount reopened the dialog. A close event while the dialog is open again is that stale one.
    const onNativeClose = () => {
      if (!dialog.open) onCloseRef.current()
    }
    dialog.addEventListener('cancel', onCancel)
    dialog.addEventListener('close', onNativeClose)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      dialog.removeEventListener('close', onNativeClose)
      if (dialog.open) dialog.close()
      const active = document.activeElement
      if (opener?.isConnected && (active === null || active === document.body)) opener.focus({ preventScroll: true })
    }
  }, [ref])
}
