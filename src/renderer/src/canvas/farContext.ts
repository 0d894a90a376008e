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
 * Whether the design is drawn on the far canvas (canvas/far/FarCanvas.tsx), and how much of its node elements
 * React Flow still needs: 'measuring', the box and the handles it measures (nothing is drawn); 'measured', nothing
 * at all (each handle subscribes to React Flow's store, and 25,000 of them answered every frame of a pan).
 */
export type Drawn = false | 'measuring' | 'measured'

export const DrawnContext = createContext<Drawn>(false)

export function useDrawnContext(): Drawn {
  return useContext(DrawnContext)
}
