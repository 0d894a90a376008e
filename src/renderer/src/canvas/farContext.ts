import { createContext, useContext } from 'react'

/**
 * Whether the canvas is zoomed far out (useIsFar), for the cards and edges inside React Flow: what `.is-far`
 * hides there (edge pills, card icons, the icons in finding badges) is then not made at all. Opening a
 * 1,000-node design fitted at 10 % created some 10,000 such hidden elements, and at 5,000 nodes each card
 * that a pan brings into view built them again.
 */
export const FarContext = createContext(false)

export function useIsFarContext(): boolean {
  return useContext(FarContext)
}

/**
 * Whether the design is drawn on the far canvas (canvas/far/FarCanvas.tsx). Then React Flow renders only the nodes
 * it has not measured yet (the others are hidden from it, far/farState.ts hideMeasured), and of those it needs only
 * the box and the handles it measures: nothing is drawn.
 */
export const DrawnContext = createContext(false)

export function useDrawnContext(): boolean {
  return useContext(DrawnContext)
}
