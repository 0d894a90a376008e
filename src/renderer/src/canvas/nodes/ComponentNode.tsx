import { memo, useMemo } from 'react'
import { Handle, Position, useNodeId, useStoreApi, type NodeProps } from '@xyflow/react'
import { NODE_HEIGHT, NODE_WIDTH } from '@core/design/geometry'
import { describeCard } from '@core/picture'
import { useNodeAnnotation } from '@renderer/analysis'
import { KindIcon } from '@renderer/ui'
import { useCardMarks } from '@renderer/whatif'
import { CardChips } from '../CardChips'
import { useDrawnContext, useIsFarContext } from '../farContext'
import type { ComponentFlowNode } from '../flowMapping'

const SIDES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const

/**
 * A card as core/picture describes it (title lines, subtitle, copies, stack, marks): the export draws the same
 * record. Memoised, and it reads only its own node and its own marks, so a drag or an edit elsewhere does not
 * re-render it.
 */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  // Drawn on the far canvas: only the handles, for React Flow to measure (once measured, it is hidden from it).
  // The card takes only what it draws, its design node and its selection: React Flow's other props change on each
  // frame of a drag (the position), and a card a drop moved in its zone gets a new data object for the same node.
  return useDrawnContext() ? <CardHandles /> : <ComponentCard node={data.node} selected={selected} />
})

const ComponentCard = memo(function ComponentCard({ node, selected }: { node: ComponentFlowNode['data']['node']; selected: boolean }) {
  const face = useMemo(() => describeCard(node, NODE_WIDTH), [node])
  const annotation = useNodeAnnotation(node.id)
  // The analysis' marks plus, in the what-if mode, the scenario's state mark (both decided by core/picture).
  const marks = useCardMarks(node.id, annotation.marks)
  const isFar = useIsFarContext()
  const classes = [
    'arch-node',
    `cat-${face.category}`,
    face.stackDepth > 0 ? 'is-stacked' : '',
    selected ? 'is-selected' : '',
    marks.spof ? `is-spof sev-${marks.spof.severity}` : '',
    marks.heat ? `heat-${marks.heat.band}` : '',
    marks.state ? `state-${marks.state.state}` : '',
    marks.state?.failed ? 'is-failed' : '',
  ]
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      data-testid="node"
      data-node-id={node.id}
      data-kind={node.kind}
      data-state={marks.state?.state}
      data-failed={marks.state?.failed || undefined}
      title={`${face.title} (${node.id})`}
    >
      {!isFar && (
        <div className="kind-tile">
          <KindIcon kind={node.kind} technology={node.technology} size={18} />
        </div>
      )}
      <div className="arch-node__text">
        <div className="arch-node__label" data-testid="node-title">
          {face.titleLines.map((line, i) => (
            <span key={i} className="arch-node__line">
              {line}
            </span>
          ))}
        </div>
        <div className="arch-node__subtitle">
          <span className="arch-node__tech">{face.subtitleText}</span>
          {face.countText && (
            <span className="arch-node__count" title={`${face.copies} copies`} data-testid="node-count">
              {face.countText}
            </span>
          )}
        </div>
      </div>
      <CardChips node={node} width={NODE_WIDTH} height={NODE_HEIGHT} annotation={annotation} marks={marks} />
      <CardHandles />
    </div>
  )
})

function CardHandles() {
  // Far out (and drawn) the handles are hidden (styles/canvasFar.css) and cannot start a connection: React Flow
  // only measures them, for its edges. Each of its <Handle>s subscribes to its store, which every store update
  // (each frame of a drag) calls: at 1,012 cards 5,060 of its 12,498 subscriptions. Far out they are plain
  // elements React Flow measures the same way, and its <Handle>s come back with the view.
  const isFar = useIsFarContext()
  if (isFar) {
    return (
      <>
        {SIDES.map((side) => (
          <MeasuredHandle key={side.id} id={side.id} type="source" position={side.position} className="arch-handle" />
        ))}
        <MeasuredHandle id="in" type="target" position={Position.Left} className="arch-handle--target" />
      </>
    )
  }
  return (
    <>
      {SIDES.map((side) => (
        <Handle key={side.id} id={side.id} type="source" position={side.position} className="arch-handle" />
      ))}
      {/* Edges end here; the custom edge draws them to the nearest side, so one hidden target is enough. */}
      <Handle id="in" type="target" position={Position.Left} className="arch-handle--target" isConnectableStart={false} />
    </>
  )
}

/**
 * What React Flow reads of a handle when it measures a node (its classes `source`/`target`, its id and side, its
 * box: @xyflow/system's getHandleBounds) and what the styles place it by, without its behaviour or its store
 * subscription.
 */
function MeasuredHandle({ id, type, position, className }: { id: string; type: 'source' | 'target'; position: Position; className: string }) {
  const nodeId = useNodeId()
  // The flow's id never changes: read once, not subscribed to.
  const rfId = useStoreApi().getState().rfId
  return (
    <div
      className={`react-flow__handle react-flow__handle-${position} nodrag nopan ${className} ${type}`}
      data-handleid={id}
      data-nodeid={nodeId ?? undefined}
      data-handlepos={position}
      data-id={`${rfId}-${nodeId}-${id}-${type}`}
    />
  )
}
