import { Plus, Trash2 } from 'lucide-react'
import { WEEKS_PER_MONTH } from '@core/analysis/workload'
import { WORKLOAD_DEFAULTS, type PeakHours, type Workload } from '@core/design/types'
import { useEditorStore } from '@renderer/store'
import { NumberField } from './fields/NumberField'
import { TextInputField } from './fields/TextInputField'
import { LoadScaleSlider } from './LoadScaleSlider'
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

/**
 * Daily users: given, or the seed's interview arithmetic (monthly / 4.345 / 7: 100,000 MAU, ~23,000 a week,
 * ~3,300 a day, each user active about one day a month). The ratio field is the same number as a share of MAU.
 */
function DailyUsersFields({ workload, set }: { workload: Workload; set: (patch: Partial<Workload>) => void }) {
  const mau = workload.monthlyActiveUsers
  const derived = Math.round(mau / WEEKS_PER_MONTH / 7)
  const given = workload.dailyActiveUsers
  const ratio = given === undefined || mau === 0 ? undefined : given / mau
  return (
    <>
      <NumberField
        id="field-workload-dailyActiveUsers"
        label="Daily active users"
        help={
          'Empty: monthly / 4.345 / 7, the seed\'s interview arithmetic (100,000 monthly users, ~23,000 a week, ' +
          '~3,300 a day): each user active about one day a month. Give your own when users come back more often.'
        }
        inputMode="decimal"
        value={given}
        rule={{ label: 'Daily active users', min: 0, max: mau, isOptional: true }}
        placeholder={`${derived.toLocaleString('en-US')} (derived)`}
        onCommit={(value) => set({ dailyActiveUsers: value })}
      />
      <NumberField
        id="field-workload-dauRatio"
        label="Daily / monthly users"
        help="The same as a ratio: 0.5 for a service half its users open every day (a messenger), 0.1 for a shop."
        inputMode="decimal"
        value={ratio === undefined ? undefined : Math.round(ratio * 1000) / 1000}
        rule={{ label: 'Daily / monthly users', min: 0, max: 1, isOptional: true }}
        placeholder={mau === 0 ? undefined : `${Math.round((derived / mau) * 1000) / 1000} (derived)`}
        onCommit={(value) => set({ dailyActiveUsers: value === undefined ? undefined : Math.round(value * mau) })}
      />
    </>
  )
}

/** One end of the peak window in whole hours; the start stays before the end. */
function PeakHourField({ end, peak, set }: { end: keyof PeakHours; peak: PeakHours; set: (patch: Partial<Workload>) => void }) {
  const isStart = end === 'start'
  return (
    <TextInputField
      id={`field-workload-peak${isStart ? 'Start' : 'End'}`}
      label={isStart ? 'Peak starts' : 'Peak ends'}
      unit="h"
      inputMode="numeric"
      value={String(peak[end])}
      parse={(raw) => {
        const parsed = parseNumberField(raw, { ...HOUR, label: isStart ? 'Peak start' : 'Peak end' })
        if (!parsed.ok) return parsed
        const value = parsed.value as number
        if (isStart && value >= peak.end) return { ok: false, message: `Peak start must be before the end (${peak.end})` }
        if (!isStart && value <= peak.start) return { ok: false, message: `Peak end must be after the start (${peak.start})` }
        return parsed
      }}
      onCommit={(value) => set({ peakHours: { ...peak, [end]: value as number } })}
    />
  )
}

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
      <LoadScaleSlider />
      {NUMBER_FIELDS.map((field) => [
        <NumberField
          key={field.key}
          id={`field-workload-${field.key}`}
          label={field.label}
          help={field.help}
          unit={field.unit}
          inputMode="decimal"
          value={workload[field.key]}
          rule={field.rule}
          placeholder={field.fallback === undefined ? undefined : `${field.fallback} (default)`}
          onCommit={(value) => set({ [field.key]: value })}
        />,
        field.key === 'monthlyActiveUsers' ? <DailyUsersFields key="daily" workload={workload} set={set} /> : null,
      ])}
      <div className="field-row">
        <PeakHourField end="start" peak={peak} set={set} />
        <PeakHourField end="end" peak={peak} set={set} />
      </div>
      <button type="button" className="button button--quiet" data-testid="workload-remove" onClick={() => updateDesign({ workload: undefined })}>
        <Trash2 size={14} aria-hidden="true" /> Remove workload
      </button>
    </div>
  )
}
