import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import { getTechnology } from '../../../../core/catalogue'
import { KindIcon } from '../../ui/KindIcon'
import type { ZoneFlowNode } from '../flowMapping'

/** A labelled translucent container; its size comes from its children (core geometry), never from a resize. */
export const ZoneNode = memo(function ZoneNode({ data, selected }: NodeProps<ZoneFlowNode>) {
  const { node } = data
  const tech = getTechnology(node)
  const label = node.label?.trim() ? node.label : tech.label
  return (
    <div
      className={`arch-zone zone-${tech.id}${selected ? ' is-selected' : ''}`}
      data-testid="node"
      data-node-id={node.id}
      data-kind="zone"
    >
      <div className="arch-zone__header">
        <KindIcon kind="zone" technology={node.technology} size={14} />
        <span className="arch-zone__label">{label}</span>
        <span className="arch-zone__kind">{tech.label}</span>
      </div>
    </div>
  )
})
