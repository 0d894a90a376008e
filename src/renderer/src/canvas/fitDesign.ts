import { useCallback } from 'react'
import { useReactFlow, useStoreApi } from '@xyflow/react'
import { FIT_OPTIONS, FIT_PADDING, fitViewport } from '@renderer/store'

/** Fits the whole design into the canvas (on open, the Fit view command and the zoom controls' button). */
export function useFitDesign(): (options?: { duration?: number }) => void {
  const flow = useReactFlow()
  const store = useStoreApi()
  return useCallback(
    (options) => {
      const { width, height, minZoom } = store.getState()
      const nodes = flow.getNodes()
      if (nodes.length === 0 || width === 0 || height === 0) return
      const view = fitViewport(flow.getNodesBounds(nodes), width, height, minZoom, FIT_OPTIONS.maxZoom, FIT_PADDING)
      void flow.setViewport(view, options)
    },
    [flow, store],
  )
}
