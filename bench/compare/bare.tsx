// The control of `npm run bench:compare`: bare React Flow (default nodes and edges, its own stylesheet,
// nothing else) on the graph the bench hands in through window.__compareGraph, so the figures say how much of
// the canvas's cost is React Flow's own.
import { StrictMode, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { applyNodeChanges, ReactFlow, type Edge, type Node, type NodeChange } from '@xyflow/react'
import '@xyflow/react/dist/style.css'

declare global {
  interface Window {
    __compareGraph: { nodes: Node[]; edges: Edge[]; minZoom?: number }
  }
}

const PAN_BUTTONS = [1, 2]

function Bare(): React.JSX.Element {
  const [nodes, setNodes] = useState<Node[]>(window.__compareGraph.nodes)
  const onNodesChange = (changes: NodeChange[]): void => setNodes((current) => applyNodeChanges(changes, current))
  // The settings that are not React Flow's default: the canvas's pan buttons, so one scripted middle-button
  // drag pans both pages (the canvas keeps the left button for box selection), and the canvas's smallest zoom,
  // so a large design is fitted as the canvas fits it: with React Flow's default (0.5) the bare page showed
  // 150 of 1,000 cards while the canvas showed all of them, and each page's gesture drew a different picture.
  return (
    <ReactFlow
      nodes={nodes}
      edges={window.__compareGraph.edges}
      onNodesChange={onNodesChange}
      panOnDrag={PAN_BUTTONS}
      minZoom={window.__compareGraph.minZoom}
      fitView
      fitViewOptions={{ maxZoom: 1, padding: 0.2 }}
    />
  )
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <Bare />
  </StrictMode>,
)
