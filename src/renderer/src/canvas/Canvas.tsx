import { useMemo, useRef } from 'react'
import { Background, BackgroundVariant, ConnectionMode, ControlButton, Controls, MiniMap, ReactFlow, SelectionMode, useStore } from '@xyflow/react'
import { Maximize } from 'lucide-react'
import { getKindSpec } from '@core/catalogue'
import { useResolvedTheme } from '@renderer/styles'
import { ArchEdge } from './edges/ArchEdge'
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
import { isEveryNodeMeasured, useIsDrawnFar } from './far/farState'
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

/**
 * Drawn far out and measured, React Flow's nodes are all `hidden`: its renderer then mounts none of them (it
 * mounted and unmounted the empty boxes in view as a pan moved, and ran a store selector per mounted box each
 * frame: the 5,000-node pan's p95 was 83 ms). They stay in its store, measured, so coming back near renders only
 * those in view. One hidden copy per node object: a drop makes new copies only of the nodes it changed.
 */
const hiddenCopies = new WeakMap<FlowNode, FlowNode>()
function hideFromRenderer(nodes: FlowNode[]): FlowNode[] {
  return nodes.map((node) => {
    let hidden = hiddenCopies.get(node)
    if (!hidden) hiddenCopies.set(node, (hidden = { ...node, hidden: true }))
    return hidden
  })
}

const minimapClass = (node: FlowNode) =>
  node.type === 'zone' ? 'minimap-zone' : `minimap-node cat-${getKindSpec(node.data.node.kind).category}`

/** Wiring only: state and behaviour live in the hooks, drawing in nodes/ and edges/. */
export function Canvas() {
  const isFar = useIsFar()
  const panAsLayer = usePanAsLayer()
  const renderWhole = useRenderWhole()
  const isDrawn = useIsDrawnFar()
  // Once React Flow has measured every node, its elements can leave the layout altogether (FarCanvas.tsx).
  const isDrawnAndMeasured = useStore((s) => isDrawn && isEveryNodeMeasured(s))
  const flow = useCanvasFlow(isFar)
  const drop = useCanvasDrop()
  const whatIf = useWhatIfCanvas()
  const theme = useResolvedTheme()
  const wrapRef = useRef<HTMLDivElement>(null)
  const isNarrow = useStore((s) => s.width > 0 && s.width < NARROW_CANVAS)
  useKeepCentreOnResize(wrapRef)
  useFitOnLoad()
  const fitDesign = useFitDesign()
  const nodes = useMemo(() => (isDrawnAndMeasured ? hideFromRenderer(flow.nodes) : flow.nodes), [isDrawnAndMeasured, flow.nodes])
  return (
    <div
      className={`canvas-wrap${whatIf.isOn ? ' is-what-if' : ''}${isFar ? ' is-far' : ''}${panAsLayer ? ' is-farthest' : ''}${isDrawn ? ' is-drawn' : ''}${isDrawnAndMeasured ? ' is-measured' : ''}`}
      ref={wrapRef}
      onPointerDownCapture={onCanvasPointerDown}
      onKeyDown={whatIf.onKeyDown}
    >
      <FarContext.Provider value={isFar}>
      <DrawnContext.Provider value={isDrawnAndMeasured ? 'measured' : isDrawn ? 'measuring' : false}>
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
          <Background variant={BackgroundVariant.Dots} gap={16} size={1.2} />
          <FarCanvas
            wrapRef={wrapRef}
            onNodeClick={whatIf.onCardClick}
            onEdgeClick={whatIf.onLinkClick}
            canDrag={!whatIf.isOn}
            minimap={{ size: isNarrow ? MINIMAP_SIZE_NARROW : MINIMAP_SIZE, label: MINIMAP_LABEL }}
          />
          {/* Drawn far out, the far canvas has its own minimap (far/FarMinimap.tsx). */}
          {flow.nodes.length > 0 && !isDrawn && (
            <MiniMap pannable zoomable nodeClassName={minimapClass} ariaLabel={MINIMAP_LABEL} style={isNarrow ? MINIMAP_SIZE_NARROW : MINIMAP_SIZE} />
          )}
          {/* Nothing to zoom or heat on an empty canvas: the welcome has the room to itself. */}
          {/* Its own fit button: the same fit as on open and the Fit view command (fitDesign.ts). */}
          {flow.nodes.length > 0 && (
            <Controls showInteractive={false} showFitView={false}>
              <ControlButton className="react-flow__controls-fitview" onClick={() => fitDesign()} title="Fit view" aria-label="Fit view">
                <Maximize aria-hidden="true" />
              </ControlButton>
            </Controls>
          )}
          {flow.nodes.length > 0 && <HeatControl />}
          {flow.nodes.length > 0 && <WhatIfControl />}
          <CompareOverlay />
        </ReactFlow>
      </DrawnContext.Provider>
      </FarContext.Provider>
      {flow.nodes.length === 0 && <EmptyState />}
      <ComparePanel />
    </div>
  )
}
