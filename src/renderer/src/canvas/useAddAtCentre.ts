import { useCallback } from 'react'
import { useReactFlow } from '@xyflow/react'
import { computeNodeRects } from '@core/design/geometry'
import { findFreeSpot } from '@core/design/freeSpot'
import type { Kind } from '@core/design/types'
import { useEditorStore } from '@renderer/store'
import { sizeOf } from '@core/design/edit/designOps'

const MARGIN = 48

/**
 * Adds a node (keyboard, a click on a palette item, the command palette) in free space near the middle of the
 * visible canvas, never on top of another card, and brings it into view when the free place is off screen.
 */
export function useAddAtCentre(): (kind: Kind, technology: string) => string {
  const flow = useReactFlow()
  return useCallback(
    (kind, technology) => {
      const pane = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect()
      const screen = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 }
      const centre = flow.screenToFlowPosition(screen)
      const size = sizeOf(kind)
      const state = useEditorStore.getState()
      const rects = computeNodeRects(state.design)
      // Cards only: a zone is a place to drop into, not an obstacle.
      const taken = state.design.nodes.filter((n) => n.kind !== 'zone').flatMap((n) => rects.get(n.id) ?? [])
      const spot = findFreeSpot(taken, size, centre)
      const id = state.addNode(kind, technology, spot)
      if (pane) revealIfHidden(flow, pane, spot, size)
      return id
    },
    [flow],
  )
}

function revealIfHidden(
  flow: ReturnType<typeof useReactFlow>,
  pane: DOMRect,
  spot: { x: number; y: number },
  size: { width: number; height: number },
): void {
  const topLeft = flow.flowToScreenPosition(spot)
  const bottomRight = flow.flowToScreenPosition({ x: spot.x + size.width, y: spot.y + size.height })
  const isVisible =
    topLeft.x >= pane.left + MARGIN &&
    topLeft.y >= pane.top + MARGIN &&
    bottomRight.x <= pane.right - MARGIN &&
    bottomRight.y <= pane.bottom - MARGIN
  if (isVisible) return
  const motion = matchMedia('(prefers-reduced-motion: reduce)').matches ? {} : { duration: 200 }
  void flow.setCenter(spot.x + size.width / 2, spot.y + size.height / 2, { zoom: flow.getZoom(), ...motion })
}
