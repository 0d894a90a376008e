import { useCallback } from 'react'
import { useReactFlow } from '@xyflow/react'
import type { Kind } from '../../../core/design/types'
import { useEditorStore } from '../store'
import { sizeOf } from '../../../core/design/edit/designOps'

const NUDGE = 24

/** Adds a node in the middle of the visible canvas (keyboard users, click on a palette item), never on top of one. */
export function useAddAtCentre(): (kind: Kind, technology: string) => string {
  const flow = useReactFlow()
  return useCallback(
    (kind, technology) => {
      const pane = document.querySelector('[data-testid="canvas"]')?.getBoundingClientRect()
      const screen = pane ? { x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 } : { x: innerWidth / 2, y: innerHeight / 2 }
      const centre = flow.screenToFlowPosition(screen)
      const size = sizeOf(kind)
      const state = useEditorStore.getState()
      const taken = new Set(state.design.nodes.map((n) => `${n.position.x},${n.position.y}`))
      let x = Math.round(centre.x - size.width / 2)
      let y = Math.round(centre.y - size.height / 2)
      for (let i = 0; i < 50 && taken.has(`${x},${y}`); i++) {
        x += NUDGE
        y += NUDGE
      }
      return state.addNode(kind, technology, { x, y })
    },
    [flow],
  )
}
