import { useEffect, useRef } from 'react'
import { useStore, useStoreApi, useUpdateNodeInternals, type ReactFlowState } from '@xyflow/react'

/**
 * Below this zoom a card's 11 px text is under 5 screen pixels: its handles, icons and the edge pills cannot be
 * read or aimed at, yet each of them cost the browser paint and layerisation on every frame of a drag at
 * 1,000 nodes (bench:compare). `.is-far` (styles/canvasFar.css) hides them; the cards, their outlines, colours
 * and finding badges stay. The export draws from core/picture and never sees this class.
 */
const FAR_ZOOM = 0.4

/**
 * Only a large design leaves details out: a template fitted into a small window sits under 40 % too, and its
 * ten cards cost nothing to draw in full, so there the pills and icons stay. The same size from which the
 * canvas renders only the cards in view (Canvas.tsx).
 */
export const FAR_ABOVE_CARDS = 300

/**
 * Below this zoom the picture is one composited layer (`.is-farthest`, styles/canvasFar.css), so a pan moves it
 * instead of repainting it. Chromium rasterises a new layer at reduced resolution at first: at 10-17 % nothing
 * readable is lost, at 30 % the card titles smear for half a second, so between the two the canvas paints as
 * before.
 */
export const PAN_AS_LAYER_ZOOM = 0.2

/**
 * Whether the canvas is zoomed out past FAR_ZOOM. Coming back near, React Flow measures the cards' handles
 * again: measured while hidden they had no place, and a connection would start from the wrong point.
 */
export function useIsFar(): boolean {
  const isFar = useStore((s) => s.transform[2] < FAR_ZOOM && s.nodeLookup.size > FAR_ABOVE_CARDS)
  const store = useStoreApi()
  const updateNodeInternals = useUpdateNodeInternals()
  // Only on the way back near: on mount nothing was measured while hidden.
  const wasFar = useRef(isFar)
  useEffect(() => {
    const cameNear = wasFar.current && !isFar
    wasFar.current = isFar
    if (!cameNear) return
    const ids = [...store.getState().nodeLookup.keys()]
    if (ids.length > 0) updateNodeInternals(ids)
  }, [isFar, store, updateNodeInternals])
  return isFar
}

/** Whether the view is one composited layer, so that a pan moves it (see PAN_AS_LAYER_ZOOM). */
export const isPanAsLayer = (s: Pick<ReactFlowState, 'transform' | 'nodeLookup'>): boolean =>
  s.transform[2] < PAN_AS_LAYER_ZOOM && s.nodeLookup.size > FAR_ABOVE_CARDS

export function usePanAsLayer(): boolean {
  return useStore(isPanAsLayer)
}
