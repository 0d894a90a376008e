import { create } from 'zustand'
import type { LayoutDirection } from '@core/layout'

/** Auto-layout's own UI state: the direction the user last chose and whether a layout is running. Not undoable. */
export interface LayoutState {
  direction: LayoutDirection
  isRunning: boolean
  setDirection: (direction: LayoutDirection) => void
  setRunning: (isRunning: boolean) => void
}

export const useLayoutState = create<LayoutState>()((set) => ({
  direction: 'RIGHT',
  isRunning: false,
  setDirection: (direction) => set({ direction }),
  setRunning: (isRunning) => set({ isRunning }),
}))

export const DIRECTION_LABELS: Readonly<Record<LayoutDirection, string>> = {
  RIGHT: 'Left to right',
  DOWN: 'Top down',
}
