import { useCallback, useMemo, useRef, type MouseEvent, type PointerEvent } from 'react'
import { Background, BackgroundVariant, ConnectionMode, ControlButton, Controls, ReactFlow, SelectionMode, useStore, useStoreApi } from '@xyflow/react'
import { Maximize } from 'lucide-react'
import { PALETTES } from '@core/export/svgTheme'
import { useResolvedTheme } from '@renderer/styles'
import { ArchEdge } from './edges/ArchEdge'
import { createEdgeEnds, EdgeEndsContext } from './edges/edgeEnds'
import { ComponentNode } from './nodes/ComponentNode'
import { ZoneNode } from './nodes/ZoneNode'
import { CompareOverlay, ComparePanel } from '@renderer/compare'
import { EmptyState } from './EmptyState'
import { HeatControl } from './heat/HeatControl'
import { useCanvasDrop } from './useCanvasDrop'
import { WhatIfControl, useWhatIfCanvas } from '@renderer/whatif'
import { useCanvasFlow } from './useCanvasFlow'
import { PAN_BUTTONS, onCanvasPointerDown, useFitOnLoad, useKeepCentreOnResize } from './useStableView'
import { FAR_ABOVE_CARDS, useIsFar, usePanAsLayer } from './useIsFar'
import { DrawnContext, FarContext } from './farContext'
import { useRenderWhole } from './useRenderWhole'
import { FarCanvas } from './far/FarCanvas'
import { LayerExtent } from './LayerExtent'
import { DRAG_SHEET_CLASS } from './dragSheet'
import { Minimap } from './minimap/Minimap'
import { flowMinimapSource } from './minimap/minimapSources'
import { countUnmeasured, hideMeasured, useIsDrawnFar } from './far/farState'
import { useFitDesign } from './fitDesign'
import type { FlowEdge, FlowNode } from './flowMapping'

// Module level: React Flow re-mounts every node when these objects change identity.
const NODE_TYPES = { component: ComponentNode, zone: ZoneNode }
const EDGE_TYPES = { arch: ArchEdge }
const NO_EDGES: FlowEdge[] = []
const SNAP_GRID: [number, number] = [8, 8]
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control']
// Small enough to leave the canvas to the design, large enough to find your place in it.
// On a narrow canvas (1024 px window, both panels open) a smaller one, so the design keeps the room.
const MINIMAP_SIZE = { width: 168, height: 112 }
const MINIMAP_SIZE_NARROW = { width: 112, height: 72 }
const NARROW_CANVAS = 720
const MINIMAP_LABEL = 'Overview'
/** Above this many nodes only what is on screen is rendered (far out, see useRenderWhole). */
const VIRTUALIZE_ABOVE = FAR_ABOVE_CARDS

// The zoom controls in the app's sentence case (React Flow's own say "Zoom In", "Control Panel").
const ARIA_LABELS = {
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
}

/** Wiring only: state and behaviour live in the hooks, drawing in nodes/ and edges/. */
export function Canvas() {
  const isFar = useIsFar()
  const panAsLayer = usePanAsLayer()
  const renderWhole = useRenderWhole()
  const isDrawn = useIsDrawnFar()
  // Drawn far out, the nodes React Flow has measured are hidden from its renderer; once it has measured every
  // node, its elements leave the layout altogether (FarCanvas.tsx).
  const unmeasured = useStore((s) => (isDrawn ? countUnmeasured(s) : 0))
  const isDrawnAndMeasured = isDrawn && unmeasured === 0
  const store = useStoreApi<FlowNode>()
  const minimapSource = useMemo(() => flowMinimapSource(store), [store])
  const edgeEnds = useMemo(() => createEdgeEnds(store), [store])
  const flow = useCanvasFlow(isFar)
  const drop = useCanvasDrop()
  const whatIf = useWhatIfCanvas()
  const theme = useResolvedTheme()
  const wrapRef = useRef<HTMLDivElement>(null)
  const isNarrow = useStore((s) => s.width > 0 && s.width < NARROW_CANVAS)
  useKeepCentreOnResize(wrapRef)
  useFitOnLoad()
  const fitDesign = useFitDesign()
  // `unmeasured`: a node measured since is hidden too (the store is read here, its count says when).
  const nodes = useMemo(
    () => (isDrawn ? hideMeasured(flow.nodes, store.getState().nodeLookup) : flow.nodes),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the count changes when React Flow measures a node; its node map is the same object, mutated
    [isDrawn, flow.nodes, unmeasured, store],
  )
  const { onPressCard, isDraggingCards } = flow
  const isWhatIf = whatIf.isOn
  // Another button pressed while cards are dragged lands on the sheet over them (dragSheet.ts), as a mousedown (a
  // second button of a pointer already down is no pointerdown): it neither starts a pan nor takes the focus from
  // the dragged card.
  const onMouseDownCapture = useCallback(
    (event: MouseEvent) => {
      if (!isDraggingCards()) return
      event.preventDefault()
      event.stopPropagation()
    },
    [isDraggingCards],
  )
  const onPointerDownCapture = useCallback(
    (event: PointerEvent) => {
      onCanvasPointerDown(event)
      // In the what-if mode a click fails a card instead: nothing is selected on a press there.
      if (!event.isPropagationStopped() && !isWhatIf) onPressCard(event)
    },
    [onPressCard, isWhatIf],
  )
  // The release of the left button on a card or zone goes no further than the canvas when React Flow's pane has no
  // selection box begun: the pane resets its box on every left release under it, a store update, so every
  // listener of the store runs (some 5,400 at 1,012 cards) in the task that drops a dragged card, with no box to
  // reset. A box begun (a Shift-press on a card begins one) is left to the pane; one being drawn holds the pointer,
  // so its release is the pane's anyway. Nothing else in the canvas takes a pointerup (React Flow's drags and
  // connections end on mouseup), and the window's capture listeners have it before this.
  const onPointerUpCapture = useCallback(
    (event: PointerEvent) => {
      const { userSelectionRect, userSelectionActive } = store.getState()
      if (event.button !== 0 || userSelectionRect || userSelectionActive) return
      // While cards are dragged the release lands on the sheet over them (dragSheet.ts): a card's release too.
      if (isDraggingCards() || (event.target instanceof Element && event.target.closest('.react-flow__node'))) event.stopPropagation()
    },
    [store, isDraggingCards],
  )
  const hasNodes = flow.nodes.length > 0
  const minimapSize = isNarrow ? MINIMAP_SIZE_NARROW : MINIMAP_SIZE
  const { onCardClick, onLinkClick } = whatIf
  // What React Flow draws besides the nodes and edges, made again only when what it shows changes: a drag's move
  // re-renders this component (its nodes), and these children were re-rendered with it, each frame.
  const overlays = useMemo(
    () => (
      <>
        <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} />
        {/* Drawn, the cards are on the far canvas: no card or edge element in the layer to keep together. */}
        {!isDrawn && <LayerExtent />}
        <FarCanvas
          wrapRef={wrapRef}
          onNodeClick={onCardClick}
          onEdgeClick={onLinkClick}
          canDrag={!isWhatIf}
          minimap={{ size: minimapSize, label: MINIMAP_LABEL }}
        />
        {/* Drawn far out, the far canvas has its own, of the same look, drawn from its scene. */}
        {hasNodes && !isDrawn && <Minimap source={minimapSource} palette={PALETTES[theme]} size={minimapSize} label={MINIMAP_LABEL} />}
        {/* Nothing to zoom or heat on an empty canvas: the welcome has the room to itself. */}
        {/* Its own fit button: the same fit as on open and the Fit view command (fitDesign.ts). */}
        {hasNodes && (
          <Controls showInteractive={false} showFitView={false}>
            <ControlButton className="react-flow__controls-fitview" onClick={() => fitDesign()} title="Fit view" aria-label="Fit view">
              <Maximize aria-hidden="true" />
            </ControlButton>
          </Controls>
        )}
        {hasNodes && <HeatControl />}
        {hasNodes && <WhatIfControl />}
        <CompareOverlay />
        {/* Takes the pointer while cards are dragged (dragSheet.ts). */}
        <div className={DRAG_SHEET_CLASS} aria-hidden="true" />
      </>
    ),
    [isDrawn, hasNodes, isWhatIf, onCardClick, onLinkClick, minimapSize, minimapSource, theme, fitDesign],
  )
  const comparePanel = useMemo(() => <ComparePanel />, [])
  return (
    <div
      className={`canvas-wrap${whatIf.isOn ? ' is-what-if' : ''}${isFar ? ' is-far' : ''}${panAsLayer ? ' is-farthest' : ''}${isDrawn ? ' is-drawn' : ''}${isDrawnAndMeasured ? ' is-measured' : ''}`}
      ref={wrapRef}
      onPointerDownCapture={onPointerDownCapture}
      onMouseDownCapture={onMouseDownCapture}
      onPointerUpCapture={onPointerUpCapture}
      onKeyDown={whatIf.onKeyDown}
    >
      <FarContext.Provider value={isFar}>
      <DrawnContext.Provider value={isDrawn}>
      <EdgeEndsContext.Provider value={edgeEnds}>
        <ReactFlow<FlowNode>
          data-testid="canvas"
          aria-label="Design canvas"
          colorMode={theme}
          nodes={nodes}
          // Drawn far out, the edges are the far canvas's alone.
          edges={isDrawn ? NO_EDGES : flow.edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={flow.onNodesChange}
          onEdgesChange={flow.onEdgesChange}
          onNodeDoubleClick={flow.onNodeDoubleClick}
          onNodeDragStart={flow.onDragStart}
          onSelectionDragStart={flow.onDragStart}
          onNodeDragStop={flow.onNodeDragStop}
          onSelectionDragStop={flow.onSelectionDragStop}
          onConnect={flow.onConnect}
          onConnectEnd={flow.onConnectEnd}
          onNodeClick={whatIf.onNodeClick}
          onEdgeClick={whatIf.onEdgeClick}
          // In the what-if mode a click fails what it hits: nothing may move or link.
          nodesDraggable={!whatIf.isOn}
          nodesConnectable={!whatIf.isOn}
          onDragOver={drop.onDragOver}
          onDrop={drop.onDrop}
          connectionMode={ConnectionMode.Loose}
          deleteKeyCode={null}
          multiSelectionKeyCode={MULTI_SELECT_KEYS}
          selectionOnDrag
          selectionMode={SelectionMode.Partial}
          panOnDrag={PAN_BUTTONS}
          panOnScroll
          zoomOnDoubleClick={false}
          snapToGrid
          snapGrid={SNAP_GRID}
          minZoom={0.1}
          maxZoom={2.5}
          // Culled when drawn far out too: rendering all 5,000 empty boxes cost a 1.5-2.8 s task when the zoom
          // crossed 20 %, against a little mounting each frame of a pan.
          onlyRenderVisibleElements={flow.nodes.length > VIRTUALIZE_ABOVE && !renderWhole}
          attributionPosition="bottom-center"
          ariaLabelConfig={ARIA_LABELS}
        >
          {overlays}
        </ReactFlow>
      </EdgeEndsContext.Provider>
      </DrawnContext.Provider>
      </FarContext.Provider>
      {flow.nodes.length === 0 && <EmptyState />}
      {comparePanel}
    </div>
  )
}
