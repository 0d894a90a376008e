import { getNodeName } from '@core/design/names'
import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { getApplicableProps, getDefaultValue, getKindSpec, getTechnology, resolveProps } from '@core/catalogue'
import type { DesignNode } from '@core/design/types'
import { useEditorStore } from '@renderer/store'
import { KindIcon } from '@renderer/ui'
import { NodeAnalysis, NodeFindings } from './analysis/NodeAnalysis'
import { ConnectTo } from './ConnectTo'
import { SelectField } from './fields/SelectField'
import { TextInputField } from './fields/TextInputField'
import { PropField, type QueueChoice } from './PropField'
import { parseTextField } from './validation'
import { getCardTitle } from '@core/picture'
import { WhatIfFailButton } from '@renderer/whatif'

/** Label, technology and every prop that applies to this kind and technology, resolved against the catalogue. */
export function NodeInspector({ node }: { node: DesignNode }) {
  const updateNode = useEditorStore((s) => s.updateNode)
  const setNodeProp = useEditorStore((s) => s.setNodeProp)
  const queues = useEditorStore(
    useShallow((s) =>
      s.design.nodes.filter((n) => n.kind === 'queue' && n.id !== node.id).map((n) => `${n.id}\u0000${getNodeName(n)}`),
    ),
  )
  const queueChoices = useMemo<QueueChoice[]>(
    () => queues.map((entry) => ({ id: entry.split('\u0000')[0], label: entry.split('\u0000')[1] })),
    [queues],
  )
  const spec = getKindSpec(node.kind)
  const tech = getTechnology(node)
  const resolved = useMemo(() => resolveProps(node), [node])
  const props = getApplicableProps(node.kind, tech.id)
  const instances = typeof resolved.instances === 'number' ? resolved.instances : 1

  return (
    <div className={`inspector-section cat-${spec.category}`} data-inspected={node.id}>
      <header className="inspector-header">
        <span className="kind-tile">
          <KindIcon kind={node.kind} technology={node.technology} size={18} />
        </span>
        <div>
          <div className="inspector-header__title">{spec.label}</div>
          <div className="inspector-header__id" title="Id (used in files and findings)">
            {node.id}
          </div>
        </div>
      </header>
      <p className="inspector-description">{spec.description}.</p>
      <WhatIfFailButton target={{ type: node.kind === 'zone' ? 'zone' : 'node', id: node.id }} name={getCardTitle(node)} />
      <NodeFindings nodeId={node.id} />
      {node.kind !== 'zone' && <ConnectTo nodeId={node.id} />}
      <TextInputField
        id="field-label"
        label="Label"
        value={node.label ?? ''}
        placeholder={tech.label}
        parse={(raw) => parseTextField(raw, 'Label', { max: 200 })}
        onCommit={(label) => updateNode(node.id, { label: label.trim() === '' ? undefined : label })}
      />
      {spec.technologies.length > 1 && (
        <SelectField
          id="field-technology"
          label="Technology"
          value={tech.id}
          options={spec.technologies.map((t) => ({ value: t.id, label: t.managed ? `${t.label} (managed)` : t.label }))}
          onCommit={(technology) => updateNode(node.id, { technology })}
        />
      )}
      {props.length > 0 && <h3 className="section-heading inspector-subtitle">Properties</h3>}
      {props.map((prop) => (
        <PropField
          key={`${node.id}:${prop.key}`}
          spec={prop}
          value={resolved[prop.key]}
          defaultValue={getDefaultValue(prop, tech.id, resolved)}
          isSet={node.props !== undefined && prop.key in node.props}
          queues={queueChoices}
          instances={instances}
          onCommit={(value) => setNodeProp(node.id, prop.key, value)}
        />
      ))}
      {props.length === 0 && node.kind !== 'zone' && <p className="muted">This component has no properties.</p>}
      {node.kind === 'zone' && <p className="muted">Drop components into the zone to place them in it; drag them out to leave.</p>}
      <NodeAnalysis nodeId={node.id} />
    </div>
  )
}
