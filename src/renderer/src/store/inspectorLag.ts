import { useSyncExternalStore } from 'react'

/**
 * Whether the inspector may follow the selection a frame or two late (inspector/Inspector.tsx). Only a press on
 * a card asks for it (canvas/useCanvasFlow.ts onPressCard): at 1,000 cards swapping the panel in the press's own
 * frame made the drag's first frame 50-80 ms. Whatever then needs the panel at once (a double-click's rename,
 * typed straight away) asks for it now, and the inspector renders the selection as it is; once it has caught up,
 * the inspector clears the lag, so a selection made any other way shows at once.
 */
let isLagging = false
const listeners = new Set<() => void>()

function setLagging(next: boolean): void {
  if (isLagging === next) return
  isLagging = next
  for (const listener of [...listeners]) listener()
}

/** A press on a card is about to select it: the inspector may follow after the canvas. */
export function letInspectorLag(): void {
  setLagging(true)
}

/** The inspector shows the selection as it is from the next render on (in the caller's flushSync, at once). */
export function showInspectorNow(): void {
  setLagging(false)
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useInspectorLags(): boolean {
  return useSyncExternalStore(subscribe, () => isLagging)
}
