import { memo, useMemo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { getTechnology } from '@core/catalogue'
import { describeCard } from '@core/picture'
import { useNodeAnnotation } from '@renderer/analysis'
import { KindIcon } from '@renderer/ui'
import { useCardMarks } from '@renderer/whatif'
import { CardChips } from '../CardChips'
import type { ZoneFlowNode } from '../flowMapping'
import { useDrawnContext } from '../farContext'

/**
 * A labelled translucent container; its size comes from its children (core geometry), never from a resize.
 * Its finding badge and SPOF mark are placed by core/picture like a card's (the export draws them too).
 */
export const ZoneNode = memo(function ZoneNode({ data, selected, width, height }: NodeProps<ZoneFlowNode>) {
  // Drawn on the far canvas: nothing (a zone has no handle for React Flow to measure). The zone takes only what it
  // draws, not React Flow's position props, which a drag of the zone changes on every frame.
  return useDrawnContext() ? null : <Zone node={data.node} selected={selected} width={width} height={height} />
})

const Zone = memo(function Zone({ node, selected, width, height }: { node: ZoneFlowNode['data']['node'] } & Pick<NodeProps<ZoneFlowNode>, 'selected' | 'width' | 'height'>) {
  const zoneWidth = width ?? 0
  const face = useMemo(() => describeCard(node, zoneWidth), [node, zoneWidth])
  const annotation = useNodeAnnotation(node.id)
  const marks = useCardMarks(node.id, annotation.marks)
  const { spof, state } = marks
  const stateClass = state ? ` state-${state.state}${state.failed ? ' is-failed' : ''}` : ''
  return (
    <div
      className={`arch-zone zone-${getTechnology(node).id}${selected ? ' is-selected' : ''}${spof ? ` is-spof sev-${spof.severity}` : ''}${stateClass}`}
      data-testid="node"
      data-node-id={node.id}
      data-kind="zone"
      data-state={state?.state}
      data-failed={state?.failed || undefined}
    >
      <div className="arch-zone__header">
        <KindIcon kind="zone" technology={node.technology} size={14} />
        <span className="arch-zone__label">{face.titleLines[0]}</span>
        <span className="arch-zone__kind">{face.subtitleText}</span>
      </div>
      <CardChips node={node} width={zoneWidth} height={height ?? 0} annotation={annotation} marks={marks} />
    </div>
  )
})
