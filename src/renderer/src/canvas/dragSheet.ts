/**
 * The sheet over the canvas while cards are dragged (styles/canvasFar.css, `.is-dragging-cards`): mid-drag the
 * pointer outruns the card between frames, and each move that missed it was hit-tested through the zones and
 * edges under it (1.5-6 ms a hit test at 1,000 cards, traced). React Flow's drag reads its moves from the window,
 * and nothing reacts to the pointer over other cards mid-drag.
 *
 * A class on React Flow's pane (the cards are inside it), set from the drag's start: not a `:has(.dragging)` rule,
 * which looked through every element of the canvas for a dragged card at the start and at the drop (5 ms at 1,000
 * cards), nor a class on an element further out, whose change had the browser look through all of the canvas's
 * elements for the pane (3.4 ms).
 * Any release, cancel or loss of the window's focus takes the sheet away, so a drag whose end is never reported
 * cannot leave it over the cards.
 */
export const DRAG_SHEET_CLASS = 'is-dragging-cards'

export function raiseDragSheet(from: EventTarget | null): void {
  const pane = from instanceof Element ? from.closest('.react-flow__pane') : null
  if (!pane || pane.classList.contains(DRAG_SHEET_CLASS)) return
  pane.classList.add(DRAG_SHEET_CLASS)
  const done = new AbortController()
  const lower = () => {
    pane.classList.remove(DRAG_SHEET_CLASS)
    done.abort()
  }
  for (const type of ['pointerup', 'pointercancel'] as const) window.addEventListener(type, lower, { capture: true, signal: done.signal })
  window.addEventListener('blur', lower, { signal: done.signal })
}
