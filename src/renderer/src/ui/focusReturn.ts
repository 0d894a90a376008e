/**
 * Where the focus goes back when a dialog closes (useModalDialog) if the dialog opened with the focus on the page:
 * a keyboard command blurs the field being edited so that it commits (app/useEditorServices.ts), and the dialog
 * the command opens (Save As, say, which may first load its code) then finds nothing to give the focus back to.
 * The field is noted here until a dialog takes it, or the next key or press of the pointer (the command opened no
 * dialog, and the user has moved on); an element no longer on the page is not given.
 */
let noted: HTMLElement | null = null

const forget = () => {
  noted = null
}

export function noteFocusReturn(element: HTMLElement): void {
  noted = element
  // Added while the command's own keydown is past the window's capture phase: the next key forgets it.
  window.addEventListener('pointerdown', forget, { capture: true, once: true })
  window.addEventListener('keydown', forget, { capture: true, once: true })
}

export function takeFocusReturn(): HTMLElement | null {
  const element = noted
  noted = null
  return element?.isConnected ? element : null
}
