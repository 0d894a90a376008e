/**
 * The sheet over the canvas while cards are dragged (`.drag-sheet`, an element of the canvas's own, styles/
 * canvasFar.css): mid-drag the pointer outruns the card between frames, and each move that missed it was
 * hit-tested through the zones and edges under it (1.5-6 ms a hit test at 1,000 cards, traced). React Flow's drag
 * reads its moves from the window, and nothing reacts to the pointer over other cards mid-drag.
 *
 * Raised by a class on that element from the drag's start: not a `:has(.dragging)` rule, which looked through every
 * element of the canvas for a dragged card at the start and at the drop (5 ms at 1,000 cards), nor a class on an
 * element around the cards, whose change had the browser look through all of them (3.4 ms), nor a class on React
 * Flow's pane, which React writes again whenever the pane's own classes change (Space held mid-drag took it away).
 * Any release, cancel or loss of the window's focus lowers it, so a drag whose end is never reported cannot leave
 * it over the cards.
 */
export const DRAG_SHEET_CLASS = 'drag-sheet'
const RAISED_CLASS = 'is-raised'

export function raiseDragSheet(from: EventTarget | null): void {
  const sheet = from instanceof Element ? from.closest('.react-flow')?.querySelector(`:scope > .${DRAG_SHEET_CLASS}`) : null
  if (!sheet || sheet.classList.contains(RAISED_CLASS)) return
  sheet.classList.add(RAISED_CLASS)
  const done = new AbortController()
  const lower = () => {
    sheet.classList.remove(RAISED_CLASS)
    done.abort()
  }
  for (const type of ['pointerup', 'pointercancel'] as const) window.addEventListener(type, lower, { capture: true, signal: done.signal })
  window.addEventListener('blur', lower, { signal: done.signal })
}
