import { useCallback, type DragEvent } from 'react'
import { useReactFlow } from '@xyflow/react'
import { useEditorStore } from '../store'
import { readPaletteDrag } from '../palette/paletteDrag'
import { sizeOf } from '../store/designOps'

/** Palette items dropped on the canvas become nodes centred under the pointer. */
export function useCanvasDrop() {
  const flow = useReactFlow()
  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes('application/x-archsight-component')) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }, [])
  const onDrop = useCallback(
    (event: DragEvent) => {
      const item = readPaletteDrag(event.dataTransfer)
      if (!item) return
      event.preventDefault()
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      const size = sizeOf(item.kind)
      useEditorStore.getState().addNode(item.kind, item.technology, { x: point.x - size.width / 2, y: point.y - size.height / 2 })
    },
    [flow],
  )
  return { onDragOver, onDrop }
}
