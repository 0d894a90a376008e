import { useCallback } from 'react'
import { useReactFlow } from '@xyflow/react'
import type { DiagnosticTarget } from '@core/analysis'
import { useEditorStore } from '@renderer/store'

const READABLE_ZOOM = 0.8

function getMotion(): { duration?: number } {
  return matchMedia('(prefers-reduced-motion: reduce)').matches ? {} : { duration: 200 }
}

/** Selects a finding's target and brings it to the middle of the canvas, at a zoom where it can be read. */
export function useRevealTarget(): (target: DiagnosticTarget) => void {
  const flow = useReactFlow()
  return useCallback(
    (target: DiagnosticTarget) => {
      const state = useEditorStore.getState()
      if (target.type === 'design') {
        state.select([], [])
        return
      }
      const zoom = Math.max(flow.getZoom(), READABLE_ZOOM)
      if (target.type === 'node') {
        state.select([target.id], [])
        const node = flow.getInternalNode(target.id)
        if (!node) return
        const { x, y } = node.internals.positionAbsolute
        const width = node.measured.width ?? node.width ?? 0
        const height = node.measured.height ?? node.height ?? 0
        void flow.setCenter(x + width / 2, y + height / 2, { zoom, ...getMotion() })
        return
      }
      const edge = state.design.edges.find((e) => e.id === target.id)
      state.select([], [target.id])
      if (!edge) return
      // Hidden: drawn far out, React Flow's nodes are hidden from its renderer (canvas/Canvas.tsx), not from the view.
      void flow.fitView({ nodes: [{ id: edge.source }, { id: edge.target }], includeHiddenNodes: true, padding: 0.5, maxZoom: zoom, ...getMotion() })
    },
    [flow],
  )
}
