import { getNodeName } from '@core/design/names'
import { canBeReplicaPair } from '@core/design/replication'
import type { DesignEdge, Kind } from '@core/design/types'
import { getIncomingEdgeDefault, getKindSpec } from '@core/catalogue'
import { useEditorStore } from '@renderer/store'
import { SelectField } from './fields/SelectField'
import { TextInputField } from './fields/TextInputField'
import { EDGE_RANGES, isEdgeOptional } from '@core/design/edges'
import { parseTextField } from './validation'
import { NumberField } from './fields/NumberField'
import { FindingList } from './analysis/FindingList'
import { WhatIfFailButton } from '@renderer/whatif'

const MODE_OPTIONS = [
  { value: 'sync', label: 'Sync: the caller waits for the answer' },
  { value: 'async', label: 'Async: fire and forget' },
]
const REPLICATION_OPTION = { value: 'replication', label: 'Replication: the target is a replica of the source' }
const ACCESS_OPTIONS = [
  { value: 'read', label: 'Read' },
  { value: 'write', label: 'Write' },
  { value: 'read-write', label: 'Read and write' },
]
const ACCESS_WORDS = { read: 'read', write: 'write', 'read-write': 'read and write' } as const
/** The edge's two numbers: both optional, both 1 when absent. */
const EDGE_NUMBERS = [
  { key: 'share', id: 'field-share', label: 'Share of traffic', inputMode: 'decimal',
    help: "0 to 1: the part of the caller's requests that take this edge." },
  { key: 'fanOut', id: 'field-fanout', label: 'Fan-out', inputMode: 'numeric', unit: '×',
    help: 'Calls or writes this edge makes per request or message on the source (one tweet, many timeline writes).' },
] as const
const CONSISTENCY_OPTIONS = [
  { value: '', label: 'Not stated' },
  { value: 'strong', label: 'Strong: must see the latest write' },
  { value: 'eventual', label: 'Eventual: may be stale' },
]

/** A connection: how it calls, what it does to the target's data, and what the caller needs. */
export function EdgeInspector({ edge }: { edge: DesignEdge }) {
  const updateEdge = useEditorStore((s) => s.updateEdge)
  const source = useEditorStore((s) => s.design.nodes.find((n) => n.id === edge.source))
  const target = useEditorStore((s) => s.design.nodes.find((n) => n.id === edge.target))
  // The one display-name rule (a blank label falls back to the id), as on the card and in the findings.
  const sourceLabel = source ? getNodeName(source) : edge.source
  const targetLabel = target ? getNodeName(target) : edge.target
  const targetKind = target?.kind
  const defaultOptional = isEdgeOptional({ ...edge, optional: undefined }, targetKind)
  // Replication is offered only where the format accepts it: two stores of one kind and technology.
  const modeOptions =
    edge.mode === 'replication' || canBeReplicaPair(source, target) ? [...MODE_OPTIONS, REPLICATION_OPTION] : MODE_OPTIONS
  const incoming = targetKind ? getIncomingEdgeDefault(targetKind) : null
  const startedAs = incoming
    ? `New connections to ${getKindSpec(targetKind as Kind).label.toLowerCase()} nodes start ${incoming.mode}, ${ACCESS_WORDS[incoming.access]}: ${incoming.reason}.`
    : null
  return (
    <div className="inspector-section">
      <header className="inspector-header">
        <div>
          <div className="inspector-header__title">Connection</div>
          <div className="inspector-header__id">
            {sourceLabel} → {targetLabel}
          </div>
        </div>
      </header>
      <WhatIfFailButton target={{ type: 'edge', id: edge.id }} name={`the link ${sourceLabel} → ${targetLabel}`} />
      <FindingList target={{ type: 'edge', id: edge.id }} />
      <SelectField
        id="field-mode"
        label="Mode"
        value={edge.mode}
        options={modeOptions}
        help={edge.mode === 'replication' ? 'Async copies unless Consistency needed says strong (sync).' : undefined}
        onCommit={(mode) => updateEdge(edge.id, { mode: mode as DesignEdge['mode'] })}
      />
      <SelectField
        id="field-access"
        label="Access"
        value={edge.access}
        options={ACCESS_OPTIONS}
        help={`What this hop does to the target's data.${startedAs ? ` ${startedAs}` : ''}`}
        onCommit={(access) => updateEdge(edge.id, { access: access as DesignEdge['access'] })}
      />
      <SelectField
        id="field-optional"
        label="If the target is down"
        value={edge.optional === undefined ? '' : String(edge.optional)}
        options={[
          { value: '', label: `Default: ${defaultOptional ? 'caller degrades gracefully' : 'caller fails'}` },
          { value: 'false', label: 'Caller fails (hard dependency)' },
          { value: 'true', label: 'Caller degrades gracefully (optional)' },
        ]}
        help="Edges into caches and logging are optional unless you say otherwise."
        onCommit={(value) => updateEdge(edge.id, { optional: value === '' ? undefined : value === 'true' })}
      />
      <SelectField
        id="field-consistency"
        label="Consistency needed"
        value={edge.consistency ?? ''}
        options={CONSISTENCY_OPTIONS}
        onCommit={(value) => updateEdge(edge.id, { consistency: value === '' ? undefined : (value as DesignEdge['consistency']) })}
      />
      {EDGE_NUMBERS.map(({ key, ...field }) => (
        <NumberField
          key={key}
          {...field}
          value={edge[key]}
          rule={{ label: field.label, ...EDGE_RANGES[key], isOptional: true }}
          placeholder="1"
          onCommit={(value) => updateEdge(edge.id, { [key]: value })}
        />
      ))}
      <TextInputField
        id="field-edge-label"
        label="Label"
        value={edge.label ?? ''}
        placeholder="e.g. GET /timeline"
        parse={(raw) => parseTextField(raw, 'Label', { max: 200 })}
        onCommit={(label) => updateEdge(edge.id, { label: label.trim() === '' ? undefined : label })}
      />
    </div>
  )
}
