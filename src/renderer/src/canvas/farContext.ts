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
