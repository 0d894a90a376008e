import { useMemo, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { useStore, type ReactFlowState } from '@xyflow/react'

const selectDomNode = (s: ReactFlowState) => s.domNode

/**
 * React Flow's ViewportPortal, found once: children drawn in the view layer, in flow coordinates. React Flow's
 * own component looks the layer up with a querySelector over the whole flow in its store selector, which runs on
 * every store update: at 1,012 cards, on each frame of a drag, a search through some 26,000 elements (~1.5 ms of
 * the frame, the costliest selector of all). The layer's element is made with the flow's element and lives as
 * long as it, so it is looked up again only when that changes.
 */
export function ViewLayerPortal({ children }: { children: ReactNode }) {
  const domNode = useStore(selectDomNode)
  const layer = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode])
  return layer ? createPortal(children, layer) : null
}
