import { useCallback, useEffect, type DragEvent } from 'react'
import { useReactFlow } from '@xyflow/react'
import { useEditorServices } from '@renderer/commands'
import { PALETTE_MIME, readPaletteDrag } from './paletteDrag'
import { readFileBytes } from '@renderer/platform'
import { useEditorStore } from '@renderer/store'
import { sizeOf } from '@core/design/edit/designOps'

/**
 * Palette items dropped on the canvas become nodes centred under the pointer; a design file dropped on it (or
 * anywhere in the window) opens like File > Open, asking first when there are unsaved changes; a draw.io
 * drawing goes to the import report instead.
 */
export function useCanvasDrop() {
  const flow = useReactFlow()
  const { docs } = useEditorServices()
  useEffect(() => {
    // A file dropped beside the canvas must not make the browser navigate away from the editor: it opens (a
    // design) or imports (a draw.io drawing) as if dropped on the canvas, whose own handler came first.
    const keepFilesOut = (event: globalThis.DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return
      const isUnclaimedDrop = event.type === 'drop' && !event.defaultPrevented
      event.preventDefault()
      const file = event.dataTransfer.files[0]
      if (isUnclaimedDrop && file) void readFileBytes(file).then(docs.openGiven)
    }
    window.addEventListener('dragover', keepFilesOut)
    window.addEventListener('drop', keepFilesOut)
    return () => {
      window.removeEventListener('dragover', keepFilesOut)
      window.removeEventListener('drop', keepFilesOut)
    }
  }, [docs])
  const onDragOver = useCallback((event: DragEvent) => {
    const types = event.dataTransfer.types
    if (!types.includes(PALETTE_MIME) && !types.includes('Files')) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
  }, [])
  const onDrop = useCallback(
    (event: DragEvent) => {
      const file = event.dataTransfer.files[0]
      if (file) {
        event.preventDefault()
        void readFileBytes(file).then(docs.openGiven)
        return
      }
      const item = readPaletteDrag(event.dataTransfer)
      if (!item) return
      event.preventDefault()
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })
      const size = sizeOf(item.kind)
      useEditorStore.getState().addNode(item.kind, item.technology, { x: point.x - size.width / 2, y: point.y - size.height / 2 })
    },
    [flow, docs],
  )
  return { onDragOver, onDrop }
}
