import { memo, useMemo } from 'react'
import { BaseEdge, EdgeLabelRenderer, getBezierPath, useInternalNode, type EdgeProps } from '@xyflow/react'
import { Lock } from 'lucide-react'
import type { Access } from '../../../../core/design/types'
import { describeEdgeMark, isEdgeOptional } from '../../../../core/design/edges'
import { countCopies } from '../../../../core/export/svgNodes'
import type { FlowEdge, FlowNode } from '../flowMapping'
import { getFloatingEnds, getRoutePath, getSelfLoopPath, STACK_DEPTH } from './edgeGeometry'
import { isRouteCurrent, useEdgeRoutes } from './edgeRoutes'
import { useEdgeFindingText, useEdgeMarkClass } from '../heat/useNodeMarks'

const ACCESS_TITLE: Record<Access, string> = { read: 'reads', write: 'writes', 'read-write': 'reads and writes' }

export const ArchEdge = memo(function ArchEdge({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  const sourceNode = useInternalNode<FlowNode>(source)
  const targetNode = useInternalNode<FlowNode>(target)
  const marks = useEdgeMarkClass(id)
  const findings = useEdgeFindingText(id)
  // One map lookup; the route object only changes when a layout stores new routes.
  const route = useEdgeRoutes((s) => s.routes.get(id))
  const targetDesignNode = targetNode?.data.node
  // Built once per route (and again only when the target card changes, e.g. gains copies); nothing without one.
  const routePath = useMemo(() => {
    if (!route) return undefined
    const isStacked = targetDesignNode !== undefined && targetDesignNode.kind !== 'zone' && countCopies(targetDesignNode) > 1
    return getRoutePath(route.points, route.curve, isStacked ? STACK_DEPTH : 0)
  }, [route, targetDesignNode])
  if (!sourceNode || !targetNode || !data) return null
  const { edge } = data
  let path: string
  let labelX: number
  let labelY: number
  const isRouted =
    route !== undefined && isRouteCurrent(route, edge, sourceNode.internals.positionAbsolute, targetNode.internals.positionAbsolute)
  if (isRouted && routePath) {
    // Auto-layout's route around the cards, while both ends are still where the layout put them.
    ;({ path, labelX, labelY } = routePath)
  } else if (source === target) {
    ;({ path, labelX, labelY } = getSelfLoopPath(sourceNode))
  } else {
    const ends = getFloatingEnds(sourceNode, targetNode)
    ;[path, labelX, labelY] = getBezierPath({
      sourceX: ends.sx,
      sourceY: ends.sy,
      sourcePosition: ends.sourcePos,
      targetX: ends.tx,
      targetY: ends.ty,
      targetPosition: ends.targetPos,
    })
  }
  const isOptional = isEdgeOptional(edge, targetNode.data.node.kind)
  const classes = ['arch-edge', `is-${edge.mode}`, isOptional ? 'is-optional' : '', selected ? 'is-selected' : '', isRouted ? 'is-routed' : ''].join(' ') + marks
  const mode = edge.mode === 'async' ? 'Async' : edge.mode === 'replication' ? 'Replication (the target is a replica)' : 'Sync'
  const fanOut = edge.fanOut !== undefined && edge.fanOut > 1 ? `, ${edge.fanOut} calls per request` : ''
  const title = `${mode}, ${ACCESS_TITLE[edge.access]}${fanOut}${isOptional ? ', optional' : ''}${
    edge.consistency ? `, needs ${edge.consistency} consistency` : ''
  }${findings ? `\n${findings}` : ''}`
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={classes}
        markerEnd={selected ? 'url(#arch-arrow-selected)' : 'url(#arch-arrow)'}
        interactionWidth={16}
      />
      <EdgeLabelRenderer>
        <div
          className={`arch-edge-label${selected ? ' is-selected' : ''}${isOptional ? ' is-optional' : ''}${marks}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-testid="edge-label"
          data-edge-id={edge.id}
          title={title}
        >
          <span className={`arch-edge-label__access access-${edge.access}`}>{describeEdgeMark(edge)}</span>
          {edge.consistency === 'strong' && <Lock size={10} strokeWidth={2.25} aria-label="strong consistency" />}
          {edge.label && <span className="arch-edge-label__text">{edge.label}</span>}
        </div>
      </EdgeLabelRenderer>
    </>
  )
})
