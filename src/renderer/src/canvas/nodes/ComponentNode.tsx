import { memo, useMemo } from 'react'
import { Handle, Position, type NodeProps } from '@xyflow/react'
import { getKindSpec, getTechnology } from '../../../../core/catalogue'
import { countCopies } from '../../../../core/export/svgNodes'
import { KindIcon } from '../../ui/KindIcon'
import { NodeDecorations } from '../NodeDecorations'
import { useNodeMarkClass } from '../heat/useNodeMarks'
import type { ComponentFlowNode } from '../flowMapping'

const SIDES = [
  { id: 'top', position: Position.Top },
  { id: 'right', position: Position.Right },
  { id: 'bottom', position: Position.Bottom },
  { id: 'left', position: Position.Left },
] as const

export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<ComponentFlowNode>) {
  const { node } = data
  const spec = getKindSpec(node.kind)
  const tech = getTechnology(node)
  const copies = useMemo(() => countCopies(node), [node])
  const label = node.label?.trim() ? node.label : tech.label
  const subtitle = label === tech.label ? spec.label : tech.label
  const marks = useNodeMarkClass(node.id)
  return (
    <div
      className={`arch-node cat-${spec.category}${copies > 1 ? ' is-stacked' : ''}${selected ? ' is-selected' : ''}${marks}`}
      data-testid="node"
      data-node-id={node.id}
      data-kind={node.kind}
      title={`${label} (${node.id})`}
    >
      <div className="arch-node__icon">
        <KindIcon kind={node.kind} technology={node.technology} size={18} />
      </div>
      <div className="arch-node__text">
        <div className="arch-node__label">{label}</div>
        <div className="arch-node__subtitle">
          <span className="arch-node__tech">{subtitle}</span>
          {copies > 1 && (
            <span className="arch-node__count" title={`${copies} copies`} data-testid="node-count">
              x{copies}
            </span>
          )}
        </div>
      </div>
      <div className="node-decorations">
        <NodeDecorations node={node} />
      </div>
      {SIDES.map((side) => (
        <Handle key={side.id} id={side.id} type="source" position={side.position} className="arch-handle" />
      ))}
      {/* Edges end here; the custom edge draws them to the nearest side, so one hidden target is enough. */}
      <Handle id="in" type="target" position={Position.Left} className="arch-handle--target" isConnectableStart={false} />
    </div>
  )
})
