import { useState } from 'react'
import { useStore, type ReactFlowState } from '@xyflow/react'
import { FAR_ABOVE_CARDS, PAN_AS_LAYER_ZOOM } from './useIsFar'

/**
 * Farthest out (the view one composited layer) a design up to this size may be rendered whole instead of only
 * the cards in view: culling made every frame of a pan mount the cards it carried in and unmount those it carried
 * out, then paint and layerise again. Alternating with the build that culled (bench:compare, 1,012 cards, three
 * pairs, load 2-3.5): pan p95 100, 67 and 67 ms against 117, 100 and 117 (bare React Flow 67). At 5,000 cards
 * rendering everything made each pan frame's layerisation 4 times longer (bench/bisectPan.ts), so they still cull.
 */
export const WHOLE_UP_TO = 2_000

/**
 * ...and only once most of the design is in view. Mounting the cards out of view costs about a millisecond each
 * (zooming out across 20 % with all of 1,800 cards mounted at once: tasks of 1.2-2.2 s, against 0.2-0.4 s when
 * only the cards in view came), so the view waits until at most a fifth of the design is left to mount: at the
 * fitted view of a 1,012-card design, 924 are in view already.
 */
const SHARE_IN_VIEW = 0.8

/** How much of the design's box lies in the view (0 to 1), in flow coordinates. */
export function shareInView(s: Pick<ReactFlowState, 'nodeLookup' | 'transform' | 'width' | 'height'>): number {
  let left = Infinity
  let top = Infinity
  let right = -Infinity
  let bottom = -Infinity
  for (const node of s.nodeLookup.values()) {
    const { x, y } = node.internals.positionAbsolute
    left = Math.min(left, x)
    top = Math.min(top, y)
    right = Math.max(right, x + (node.measured.width ?? node.width ?? 0))
    bottom = Math.max(bottom, y + (node.measured.height ?? node.height ?? 0))
  }
  const area = (right - left) * (bottom - top)
  if (!Number.isFinite(area) || area <= 0) return 1
  const [tx, ty, zoom] = s.transform
  const viewLeft = -tx / zoom
  const viewTop = -ty / zoom
  const width = Math.max(0, Math.min(right, viewLeft + s.width / zoom) - Math.max(left, viewLeft))
  const height = Math.max(0, Math.min(bottom, viewTop + s.height / zoom) - Math.max(top, viewTop))
  return (width * height) / area
}

const isFarthestAndSmall = (s: ReactFlowState): boolean =>
  s.transform[2] < PAN_AS_LAYER_ZOOM && s.nodeLookup.size > FAR_ABOVE_CARDS && s.nodeLookup.size <= WHOLE_UP_TO

/**
 * Whether React Flow should render every card rather than only those in view. Once whole it stays whole until
 * the view comes nearer than 20 % (or the design outgrows WHOLE_UP_TO), so a pan that carries half the design
 * out of view does not start culling again mid-gesture.
 */
export function useRenderWhole(): boolean {
  const [isWhole, setWhole] = useState(false)
  const isCandidate = useStore(isFarthestAndSmall)
  // Once whole, the share in view no longer matters: no walk over every card on each frame of a drag.
  const isMostlyInView = useStore((s) => !isWhole && isFarthestAndSmall(s) && shareInView(s) >= SHARE_IN_VIEW)
  // Adjusted while rendering (React's pattern for state that follows other values), not in an effect: the
  // frame that crosses the threshold renders with the new value.
  if (isWhole && !isCandidate) setWhole(false)
  if (!isWhole && isMostlyInView) setWhole(true)
  return (isWhole && isCandidate) || isMostlyInView
}
