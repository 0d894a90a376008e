/**
 * Whether the pointer holds a drag of cards on the canvas (set by canvas/useCanvasFlow.ts). Keyboard commands wait
 * for the drop (app/useEditorServices.ts): a card deleted, or a design undone, under a drag in flight left React
 * Flow's drag moving a card the design no longer had where it was drawn, and each later undo drew it further
 * off, while Save wrote it elsewhere.
 */
let isHeld = false

export function setCanvasDragHeld(held: boolean): void {
  if (held && !isHeld && typeof window !== 'undefined') {
    // Any release ends any drag: a drag whose end is never reported must not leave the keys waiting.
    window.addEventListener('pointerup', () => setCanvasDragHeld(false), { capture: true, once: true })
  }
  isHeld = held
}

export function isCanvasDragHeld(): boolean {
  return isHeld
}
