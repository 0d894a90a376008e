import { useEffect, useRef, type PointerEvent, type RefObject } from 'react'
import { useNodesInitialized, useReactFlow } from '@xyflow/react'
import { useEditorStore } from '@renderer/store'
import { useFitDesign } from './fitDesign'

/**
 * The panel dividers' grab area (react-resizable-panels' hit region, 10 px) reaches over the canvas edge, so
 * a press there lands on React Flow's pane too: it started a box selection whose auto-pan slid the diagram
 * away while the divider moved, and left the selection line behind. The resize library claims such a press
 * (preventDefault, in the capture phase on the document, before this runs): keep it from React Flow.
 */
function ignoreClaimedPointer(event: PointerEvent): void {
  if (event.defaultPrevented) event.stopPropagation()
}

/** The pointer buttons that pan the canvas (React Flow's panOnDrag): the middle and the right one. */
export const PAN_BUTTONS = [1, 2]

/**
 * A pan's pointer is captured by the pane it started on: Chromium then sends each move there without hit-testing
 * the page under it. At 5,000 nodes the problems list's 3,500 rows (each its own skipped box, problems.css) made
 * every hit test of a pan's moves cost ~5 ms, a quarter of its frame. React Flow's pan (d3-zoom) listens on the
 * window and pans as before.
 */
function capturePanPointer(event: PointerEvent): void {
  if (event.defaultPrevented || !PAN_BUTTONS.includes(event.button) || !(event.target instanceof Element)) return
  const pane = event.target.closest('.react-flow__pane')
  if (pane) pane.setPointerCapture(event.pointerId)
}

/** The canvas wrapper's pointer-down, in the capture phase: both of the above. */
export function onCanvasPointerDown(event: PointerEvent): void {
  ignoreClaimedPointer(event)
  capturePanPointer(event)
}

/**
 * Resizing the canvas (a panel dragged, collapsed or the window resized) keeps the point in the middle of the
 * view in the middle, instead of letting the diagram slide with the canvas's top-left corner.
 */
export function useKeepCentreOnResize(ref: RefObject<HTMLElement | null>): void {
  const flow = useReactFlow()
  useEffect(() => {
    const element = ref.current
    if (!element) return
    let last = { width: element.clientWidth, height: element.clientHeight }
    const observer = new ResizeObserver(() => {
      const next = { width: element.clientWidth, height: element.clientHeight }
      const dx = (next.width - last.width) / 2
      const dy = (next.height - last.height) / 2
      const hadSize = last.width > 0 && last.height > 0
      last = next
      if (!hadSize || (dx === 0 && dy === 0)) return
      const view = flow.getViewport()
      void flow.setViewport({ x: view.x + dx, y: view.y + dy, zoom: view.zoom })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [ref, flow])
}

/**
 * A design that was opened (file, template, restored draft) is fitted into view once its cards are measured;
 * a new, empty design starts at 100 %. Adding the first card to an empty canvas moves nothing: the card stays
 * where it was dropped (React Flow's own `fitView` prop waited for the first node and then jumped to it).
 */
export function useFitOnLoad(): void {
  const flow = useReactFlow()
  const fitDesign = useFitDesign()
  const loadCount = useEditorStore((s) => s.loadCount)
  const isMeasured = useNodesInitialized()
  const pending = useRef(true)
  useEffect(() => {
    pending.current = true
  }, [loadCount])
  useEffect(() => {
    if (!pending.current) return
    const { design } = useEditorStore.getState()
    if (design.nodes.length === 0) {
      pending.current = false
      void flow.setViewport({ x: 0, y: 0, zoom: 1 })
      return
    }
    if (!isMeasured) return
    pending.current = false
    fitDesign()
  }, [flow, fitDesign, loadCount, isMeasured])
}
