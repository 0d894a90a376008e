import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react'
import {
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
  type NodePositionChange,
  type XYPosition,
  type OnNodeDrag,
  type Connection,
  type FinalConnectionState,
} from '@xyflow/react'
import type { Design } from '@core/design/types'
import { commitAfterThisTask, letInspectorLag, setCanvasDragHeld, useEditorStore, useEdgeRoutes } from '@renderer/store'
import { raiseDragSheet } from './dragSheet'
import { createPillPlacer } from './edges/placeEdgePills'
import { focusLabelField } from './focusLabelField'
import { createEdgeMapper, createNodeMapper, reuseUnchangedNodes, toAbsoluteMoves, type FlowNode } from './flowMapping'

/**
 * React Flow's nodes derive from the design. During a drag React Flow moves a LOCAL copy (cheap, and no
 * undo step per frame); the drag stop commits the final positions to the design as one step (in the next
 * task: dropDragged), and the local copy is replaced by the newly derived nodes. A move outside a drag (arrow
 * keys on selected nodes) is committed at once, one step per key press. `isFar`: the canvas is zoomed out past
 * the pills' readable size.
 */
export function useCanvasFlow(isFar = false) {
  const live = useEditorStore((s) => s.design)
  // A drop's design is already on the screen when it is committed (React Flow's local nodes sit where the cards
  // were dropped): the canvas renders it in the background, not in the drop's commit, which at 1,000 cards was
  // 20-35 ms of the task on a quiet machine and over 50 under load (the nodes derived again, React Flow's nodes set
  // and every listener of its store run, the moved cards' edges drawn). `aheadRef` holds that design until the
  // canvas has rendered it; while the deferred value has not caught up, the canvas keeps the design it last drew.
  const lagging = useDeferredValue(live)
  const aheadRef = useRef<Design | null>(null)
  const isBehind = aheadRef.current !== null && aheadRef.current === live && lagging !== live
  const design = isBehind ? lagging : live
  const selectedNodeIds = useEditorStore((s) => s.selectedNodeIds)
  const selectedEdgeIds = useEditorStore((s) => s.selectedEdgeIds)
  const [mapNodes] = useState(createNodeMapper)
  const [mapEdges] = useState(createEdgeMapper)
  const derivedNodes = useMemo(() => mapNodes(design, new Set(selectedNodeIds)), [mapNodes, design, selectedNodeIds])
  const routes = useEdgeRoutes((s) => s.routes)
  // Where core/picture puts each edge's pill with the cards at rest: the export's places, once per design. From
  // a deferred design: an edit paints first and the places follow in a background render (placing every pill
  // is tens of ms at 1,000 nodes); for that frame an edge whose end moved keeps its pill at its middle, as in
  // a drag. An edit that moves no edge's end keeps the same places without placing them again. Zoomed far out
  // the pills are not drawn (useIsFar), so the placement waits until the view comes near.
  const [placePills] = useState(createPillPlacer)
  const deferredDesign = useDeferredValue(design)
  const pills = useMemo(() => (isFar ? undefined : placePills(deferredDesign, routes)), [isFar, placePills, deferredDesign, routes])
  const edges = useMemo(() => mapEdges(design, new Set(selectedEdgeIds), pills), [mapEdges, design, selectedEdgeIds, pills])

  const [nodes, setNodes] = useState<FlowNode[]>(derivedNodes)
  const [baseNodes, setBaseNodes] = useState(derivedNodes)
  // Behind a drop, the local nodes are left as they are (ahead of `design`). Once the canvas is not behind, they
  // are derived again if anything drew ahead, even when the nodes derived are those of before the drop: an undo in
  // that instant brings back the design the canvas last drew, and the cards must go back with it.
  if (!isBehind && (baseNodes !== derivedNodes || aheadRef.current !== null)) {
    aheadRef.current = null
    setBaseNodes(derivedNodes)
    setNodes((current) => reuseUnchangedNodes(current, derivedNodes))
  }

  const isDraggingRef = useRef(false)
  /** Set while Escape ends a held gesture (cancelOnEscape below): the drop or connection it ends commits nothing. */
  const cancellingRef = useRef(false)
  const derivedRef = useRef(derivedNodes)
  derivedRef.current = derivedNodes
  /** The drop's last position changes (`dragging: false`), held for its commit (dropDragged). */
  const droppedRef = useRef<NodeChange<FlowNode>[]>([])
  const nodesRef = useRef(nodes)
  nodesRef.current = nodes

  const onNodesChange = useCallback((changes: NodeChange<FlowNode>[]) => {
    const isDrop = (c: NodeChange<FlowNode>): boolean => isDraggingRef.current && c.type === 'position' && c.dragging === false
    const dropped = changes.filter(isDrop)
    if (dropped.length > 0) droppedRef.current.push(...dropped)
    const local = changes.filter((c) => (c.type === 'position' || c.type === 'dimensions') && !isDrop(c))
    if (local.length > 0) setNodes((current) => applyNodeChanges(local, current))
    const isKeyMove = (c: NodeChange<FlowNode>): c is NodePositionChange => c.type === 'position' && !!c.position && !c.dragging
    const keyMoves = isDraggingRef.current ? [] : changes.filter(isKeyMove)
    if (keyMoves.length > 0) {
      const parents = new Map(nodesRef.current.map((n) => [n.id, n.parentId]))
      const state = useEditorStore.getState()
      const moved = keyMoves.map((c) => ({ id: c.id, position: c.position as XYPosition, parentId: parents.get(c.id) }))
      state.moveNodes(toAbsoluteMoves(state.design, moved))
    }
    const selects = changes.filter((c) => c.type === 'select')
    if (selects.length > 0) {
      const state = useEditorStore.getState()
      const next = new Set(state.selectedNodeIds)
      for (const change of selects) {
        if (change.selected) next.add(change.id)
        else next.delete(change.id)
      }
      state.select([...next], state.selectedEdgeIds)
    }
  }, [])

  /**
   * A left press on a card that is not selected selects it at once (alone, as React Flow would), instead of at
   * the drag's first move or at the release. The selection then renders on its own, between the press and the
   * drag: at 1,000 cards a drag's first frame carried it (the inspector switching to the card, the selected card
   * raised, React Flow's nodes set again: a 70 ms task in bench:compare). A click ends with the same selection as
   * before; a press with a modifier key, on a handle or a selected card is React Flow's, as before.
   */
  const onPressCard = useCallback((event: PointerEvent) => {
    if (event.button !== 0 || event.shiftKey || event.metaKey || event.ctrlKey || event.altKey) return
    if (!(event.target instanceof Element) || event.target.closest('.nodrag, .react-flow__handle')) return
    const id = event.target.closest('.react-flow__node')?.getAttribute('data-id')
    if (!id) return
    const state = useEditorStore.getState()
    if (state.selectedNodeIds.includes(id) || !state.design.nodes.some((n) => n.id === id)) return
    // The canvas shows the selection at once; the inspector may follow a frame or two later (inspectorLag.ts).
    letInspectorLag()
    state.select([id], [])
  }, [])

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const selects = changes.filter((c) => c.type === 'select')
    if (selects.length === 0) return
    const state = useEditorStore.getState()
    const next = new Set(state.selectedEdgeIds)
    for (const change of selects) {
      if (change.selected) next.add(change.id)
      else next.delete(change.id)
    }
    state.select(state.selectedNodeIds, [...next])
  }, [])

  const onDragStart = useCallback((event: { target: EventTarget | null }) => {
    isDraggingRef.current = true
    setCanvasDragHeld(true)
    raiseDragSheet(event.target)
  }, [])

  /** Whether cards are dragged: from the drag's start to its drop (the release's mouseup, after its pointerup). */
  const isDraggingCards = useCallback(() => isDraggingRef.current, [])

  /**
   * A drop: the moves are worked out now, from the design as it is, and committed in the next task (one undo
   * step, as before). At 1,000 cards the commit (the moved design rendered, React Flow's nodes set again, the
   * analysis asked) in the release's own task made it 60-130 ms; the card is already where it was dropped. The
   * local copies keep `dragging` until then: the newly derived nodes replace them, or, when the drop moved
   * nothing, the held changes are applied.
   */
  const dropDragged = useCallback((dragged: FlowNode[]) => {
    isDraggingRef.current = false
    setCanvasDragHeld(false)
    const dropped = droppedRef.current
    droppedRef.current = []
    // A cancelled drag commits nothing: the cards go back to where the design has them.
    if (cancellingRef.current) {
      setNodes((current) => reuseUnchangedNodes(current, derivedRef.current))
      return
    }
    const moves = toAbsoluteMoves(useEditorStore.getState().design, dragged)
    commitAfterThisTask(() => {
      const state = useEditorStore.getState()
      const before = state.design
      state.moveNodes(moves)
      const after = useEditorStore.getState().design
      // Set before the canvas renders the commit (React renders the store's change after this task's code).
      if (after !== before) aheadRef.current = after
      else if (dropped.length > 0) setNodes((current) => applyNodeChanges(dropped, current))
    })
  }, [])

  /**
   * Escape while the button holds a card or a handle cancels the gesture, as on the canvas drawn far out
   * (far/farPointer.ts): a dragged card goes back, a connection being drawn goes, the selection stays, nothing is
   * committed, and the rest of the gesture does nothing. React Flow's drag (d3-drag) ends at a mouseup on the
   * window and its connection at one on the document, so one is sent there now; the drop or connection it ends
   * while `cancellingRef` is set commits nothing. Until the release, Escape (its key repeat too) goes no further:
   * the editor's Escape would clear the selection under the held card.
   */
  useEffect(() => {
    let isHeld = false
    let isCancelled = false
    const onPress = (event: globalThis.PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null
      // Only what React Flow would drag or connect from (what-if makes cards neither: its Escape acts at once).
      isHeld =
        event.button === 0 &&
        !!target?.closest('.react-flow__handle.connectablestart, .react-flow__node.draggable') &&
        !target.closest('.nodrag:not(.react-flow__handle)')
      isCancelled = false
    }
    // The click of a cancelled gesture's release goes nowhere: on a handle, React Flow would take it as the first
    // click of a click-to-connect. It comes right after the release, before any timer.
    const swallowClick = (event: MouseEvent) => event.stopPropagation()
    const onRelease = () => {
      isHeld = false
      if (!isCancelled) return
      isCancelled = false
      window.addEventListener('click', swallowClick, { capture: true, once: true })
      setTimeout(() => window.removeEventListener('click', swallowClick, { capture: true }))
    }
    const cancelOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !(isHeld || isDraggingRef.current)) return
      event.preventDefault()
      event.stopPropagation()
      if (isCancelled) return
      isCancelled = true
      cancellingRef.current = true
      try {
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true, view: window, button: 0 }))
      } finally {
        cancellingRef.current = false
      }
    }
    const options = { capture: true }
    window.addEventListener('pointerdown', onPress, options)
    window.addEventListener('pointerup', onRelease, options)
    window.addEventListener('pointercancel', onRelease, options)
    window.addEventListener('blur', onRelease)
    window.addEventListener('keydown', cancelOnEscape, options)
    return () => {
      window.removeEventListener('pointerdown', onPress, options)
      window.removeEventListener('pointerup', onRelease, options)
      window.removeEventListener('pointercancel', onRelease, options)
      window.removeEventListener('blur', onRelease)
      window.removeEventListener('keydown', cancelOnEscape, options)
      window.removeEventListener('click', swallowClick, options)
    }
  }, [])

  const onNodeDragStop: OnNodeDrag<FlowNode> = useCallback((_event, _node, dragged) => dropDragged(dragged), [dropDragged])

  const onSelectionDragStop = useCallback((_event: unknown, dragged: FlowNode[]) => dropDragged(dragged), [dropDragged])

  const onConnect = useCallback((connection: Connection) => {
    if (cancellingRef.current) return
    useEditorStore.getState().addEdge(connection.source, connection.target)
  }, [])

  /** Dropping a connection anywhere on a card (not only on a handle) connects to that card. */
  const onConnectEnd = useCallback((event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (cancellingRef.current || state.isValid || !state.fromNode) return
    const point = 'changedTouches' in event ? event.changedTouches[0] : event
    if (!point) return
    const card = document
      .elementsFromPoint(point.clientX, point.clientY)
      .map((el) => el.closest<HTMLElement>('[data-testid="node"]'))
      .find((el) => el && el.dataset.kind !== 'zone')
    const target = card?.dataset.nodeId
    if (target && target !== state.fromNode.id) useEditorStore.getState().addEdge(state.fromNode.id, target)
  }, [])

  const onNodeDoubleClick = useCallback((_event: unknown, node: FlowNode) => focusLabelField(node.id), [])

  return {
    nodes,
    onNodeDoubleClick,
    edges,
    onNodesChange,
    onEdgesChange,
    onPressCard,
    onDragStart,
    isDraggingCards,
    onNodeDragStop,
    onSelectionDragStop,
    onConnect,
    onConnectEnd,
  }
}
