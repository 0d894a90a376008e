import { Plus, Trash2 } from 'lucide-react'
import { WORKLOAD_DEFAULTS, type Workload } from '../../../core/design/types'
import { useEditorStore } from '../store'
import { TextInputField } from './fields/TextInputField'
import { parseNumberField, type NumberRule } from './validation'

/** A new workload starts from the format's defaults and a modest audience the user then sizes. */
const NEW_WORKLOAD: Workload = { monthlyActiveUsers: 100000, readWriteRatio: 10 }

interface NumberFieldSpec {
  key: 'monthlyActiveUsers' | 'requestsPerUserPerDay' | 'readWriteRatio' | 'peakShareOfDailyUsers' | 'burstFactor'
  label: string
  help: string
  rule: NumberRule
  fallback?: number
  unit?: string
}

const NUMBER_FIELDS: readonly NumberFieldSpec[] = [
  { key: 'monthlyActiveUsers', label: 'Monthly active users', help: 'Distinct users in a month.', rule: { label: 'Monthly active users', min: 0 } },
  {
    key: 'requestsPerUserPerDay',
    label: 'Requests per user per day',
    help: 'What one active user sends in a day.',
    rule: { label: 'Requests per user per day', exclusiveMin: 0, isOptional: true },
    fallback: WORKLOAD_DEFAULTS.requestsPerUserPerDay,
  },
  {
    key: 'readWriteRatio',
    label: 'Reads per write',
    help: '100 = read-heavy (100:1); 0.5 = write-heavy (1:2).',
    rule: { label: 'Reads per write', exclusiveMin: 0 },
  },
  {
    key: 'peakShareOfDailyUsers',
    label: 'Peak share of daily users',
    help: 'Share of a day’s users active in the peak window.',
    rule: { label: 'Peak share', exclusiveMin: 0, max: 1, isOptional: true },
    fallback: WORKLOAD_DEFAULTS.peakShareOfDailyUsers,
  },
  {
    key: 'burstFactor',
    label: 'Burst factor',
    help: 'Peak-second traffic over the peak-window average.',
    rule: { label: 'Burst factor', exclusiveMin: 0, isOptional: true },
    fallback: WORKLOAD_DEFAULTS.burstFactor,
    unit: '×',
  },
]

const HOUR: Omit<NumberRule, 'label'> = { integer: true, min: 0, max: 24 }

export function WorkloadSection() {
  const workload = useEditorStore((s) => s.design.workload)
  const updateDesign = useEditorStore((s) => s.updateDesign)
  if (!workload) {
    return (
      <div className="workload-empty" data-testid="workload-empty">
        <p className="muted">No workload: capacity checks are off. Add one to see the load on each component.</p>
        <button type="button" className="button" data-testid="workload-add" onClick={() => updateDesign({ workload: NEW_WORKLOAD })}>
          <Plus size={14} aria-hidden="true" /> Add workload
        </button>
      </div>
    )
  }
  const set = (patch: Partial<Workload>) => {
    const next = { ...workload, ...patch } as Record<string, unknown>
    for (const key of Object.keys(patch)) if (next[key] === undefined) delete next[key]
    updateDesign({ workload: next as unknown as Workload })
  }
  const peak = workload.peakHours ?? WORKLOAD_DEFAULTS.peakHours
  return (
    <div className="workload">
      {NUMBER_FIELDS.map((field) => (
        <TextInputField
          key={field.key}
          id={`field-workload-${field.key}`}
          label={field.label}
          help={field.help}
          unit={field.unit}
          inputMode="decimal"
          value={workload[field.key] === undefined ? '' : String(workload[field.key])}
          placeholder={field.fallback === undefined ? undefined : `${field.fallback} (default)`}
          parse={(raw) => parseNumberField(raw, field.rule)}
          onCommit={(value) => set({ [field.key]: value ?? undefined })}
        />
      ))}
      <div className="field-row">
        <TextInputField
          id="field-workload-peakStart"
          label="Peak starts"
          unit="h"
          inputMode="numeric"
          value={String(peak.start)}
          parse={(raw) => {
            const parsed = parseNumberField(raw, { ...HOUR, label: 'Peak start' })
            if (parsed.ok && (parsed.value as number) >= peak.end) return { ok: false, message: `Peak start must be before the end (${peak.end})` }
            return parsed
          }}
          onCommit={(start) => set({ peakHours: { start: start as number, end: peak.end } })}
        />
        <TextInputField
          id="field-workload-peakEnd"
          label="Peak ends"
          unit="h"
          inputMode="numeric"
          value={String(peak.end)}
          parse={(raw) => {
            const parsed = parseNumberField(raw, { ...HOUR, label: 'Peak end' })
            if (parsed.ok && (parsed.value as number) <= peak.start) return { ok: false, message: `Peak end must be after the start (${peak.start})` }
            return parsed
          }}
          onCommit={(end) => set({ peakHours: { start: peak.start, end: end as number } })}
        />
      </div>
      <button type="button" className="button button--quiet" data-testid="workload-remove" onClick={() => updateDesign({ workload: undefined })}>
        <Trash2 size={14} aria-hidden="true" /> Remove workload
      </button>
    </div>
  )
}
