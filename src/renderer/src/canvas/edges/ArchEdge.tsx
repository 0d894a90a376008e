import { memo, useMemo } from 'react'
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, type InternalNode } from '@xyflow/react'
import { Lock } from 'lucide-react'
import type { Rect } from '@core/design/geometry'
import type { Access } from '@core/design/types'
import { isEdgeOptional } from '@core/design/edges'
import { computeEdgePath, describePill, drawEdgeStroke, getStackDepth, type Point } from '@core/picture'
import { useAnalysisStore } from '@renderer/analysis'
import { useEdgeStateMark } from '@renderer/whatif'
import type { FlowEdge, FlowNode } from '../flowMapping'
import { useIsFarContext } from '../farContext'
import { isRouteCurrent, useEdgeRoutes } from '@renderer/store'
import { useEdgeEnds } from './edgeEnds'

const ACCESS_TITLE: Record<Access, string> = { read: 'reads', write: 'writes', 'read-write': 'reads and writes' }

/** The card's rectangle as React Flow has it now: during a drag, where the pointer has moved it. */
function toRect(node: InternalNode<FlowNode>): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  }
}

const isNear = (a: Point, b: Point): boolean => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01

/**
 * An edge drawn from core/picture: the same path description, arrowhead and pill the export writes, computed
 * for the cards where they are now (so it follows a drag). Its marks (worst finding) come from the analysis
 * slice of this one edge, so it re-renders only when those change.
 */
export const ArchEdge = memo(function ArchEdge({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  // Both ends through the canvas's one listener for all edges (edgeEnds.ts), not a store selector per edge.
  const [sourceNode, targetNode] = useEdgeEnds(source, target)
  const worst = useAnalysisStore((s) => s.annotations.edges.get(id)?.worst ?? null)
  const findings = useAnalysisStore((s) => s.annotations.edges.get(id)?.messages.join('\n') ?? '')
  // One map lookup; the route object only changes when a layout stores new routes.
  const route = useEdgeRoutes((s) => s.routes.get(id))
  // What-if (core/picture's edge state): a cut link, or one nothing flows along because an end is down.
  const state = useEdgeStateMark(id)
  const isFar = useIsFarContext()
  const edge = data?.edge
  const pillText = useMemo(() => (edge ? describePill(edge) : undefined), [edge])
  if (!sourceNode || !targetNode || !edge || !pillText) return null
  const [from, to] = [toRect(sourceNode), toRect(targetNode)]
  const isRouted = route !== undefined && isRouteCurrent(route, edge, sourceNode.internals.positionAbsolute, targetNode.internals.positionAbsolute)
  const path = computeEdgePath(from, to, source === target, isRouted ? route : undefined, getStackDepth(targetNode.data.node))
  const stroke = drawEdgeStroke(path)
  // The picture's pill place while the cards are where it was placed for; mid-drag, the middle of the path.
  // The places follow a deferred design (useCanvasFlow): for the frame of an edit that resized this pill, the
  // old place has the old width, so the middle is used.
  const placed = data?.placed
  const isPlaced =
    placed !== undefined && isNear(placed.start, path.start) && isNear(placed.end, path.end) && placed.pill.rect.width === pillText.width
  const mid = path.pointAt(0.5)
  const pillRect = isPlaced ? placed.pill.rect : { x: mid.x - pillText.width / 2, y: mid.y - 9, width: pillText.width, height: 18 }

  const isOptional = isEdgeOptional(edge, targetNode.data.node.kind)
  const stateClass = state?.failed ? ' is-cut' : state?.state === 'down' ? ' is-dead' : ''
  const marks = `${worst ? ` has-finding sev-${worst}` : ''}${isOptional ? ' is-optional' : ''}${selected ? ' is-selected' : ''}${stateClass}`
  const mode = edge.mode === 'async' ? 'Async' : edge.mode === 'replication' ? 'Replication (the target is a replica)' : 'Sync'
  const fanOut = edge.fanOut !== undefined && edge.fanOut > 1 ? `, ${edge.fanOut} calls per request` : ''
  const title = `${mode}, ${ACCESS_TITLE[edge.access]}${fanOut}${isOptional ? ', optional' : ''}${
    edge.consistency ? `, needs ${edge.consistency} consistency` : ''
  }${state?.failed ? '\nCut (what if)' : ''}${findings ? `\n${findings}` : ''}`
  return (
    <>
      <BaseEdge id={id} path={stroke.d} className={`arch-edge is-${edge.mode}${isRouted ? ' is-routed' : ''}${marks}`} interactionWidth={16} />
      <polygon className={`arch-arrow${marks}`} points={stroke.arrow.map((p) => `${p.x},${p.y}`).join(' ')} data-testid="edge-arrow" />
      {!isFar && (
        <EdgeLabelRenderer>
          <div
            className={`arch-edge-label${marks}`}
            style={{ transform: `translate(${pillRect.x}px, ${pillRect.y}px)`, width: pillRect.width }}
            data-testid="edge-label"
            data-edge-id={edge.id}
            data-worst={worst ?? undefined}
            data-state={state?.state}
            data-failed={state?.failed || undefined}
            title={title}
          >
            <span className={`arch-edge-label__access access-${edge.access}`}>{pillText.marker}</span>
            {pillText.isStrong && <Lock size={10} strokeWidth={2.25} aria-label="strong consistency" />}
            {pillText.label && <span className="arch-edge-label__text">{pillText.label}</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  )
})
