/**
 * One edit that waits for the task after the one that asked for it: a drop (canvas/useCanvasFlow.ts). At 1,000
 * cards the release of a drag, React Flow's own updates and the render of the moved design in one task made a
 * task of 60-130 ms; split, each part is short, and the browser can paint and take input between them. The
 * card is already where it was dropped on the screen; the design follows a task later.
 *
 * Nothing may see the design in between: whatever could read or change it runs the waiting edit first. Every
 * change of the editor store and undo/redo (store/index.ts), every command (commands/dispatch.ts), a key or a
 * pointer press anywhere and the page going away (the capture listeners below, on the window, before any
 * other), and the recovery copy written as the page goes away (app/useDocumentSync.ts).
 */
let pending: (() => void) | null = null
let channel: MessageChannel | null = null

/** Runs `edit` in a task of its own, soon, or earlier if anything needs the design first. */
export function commitAfterThisTask(edit: () => void): void {
  flushPendingEdit()
  pending = edit
  if (!channel) channel = openChannel()
  channel.port2.postMessage(null)
}

/** Runs the waiting edit now, if there is one; true when there was. */
export function flushPendingEdit(): boolean {
  const edit = pending
  if (!edit) return false
  pending = null
  edit()
  return true
}

function openChannel(): MessageChannel {
  const opened = new MessageChannel()
  opened.port1.onmessage = () => flushPendingEdit()
  if (typeof window !== 'undefined') {
    for (const type of ['keydown', 'pointerdown', 'pagehide', 'beforeunload']) window.addEventListener(type, flushPendingEdit, { capture: true })
  }
  return opened
}
