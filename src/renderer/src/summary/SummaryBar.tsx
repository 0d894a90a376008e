import { useMemo } from 'react'
import { Gauge } from 'lucide-react'
import type { CapLabel, DesignCap } from '../../../core/analysis'
import type { Severity } from '../../../core/design/types'
import { PROFILE_LABELS } from '../../../core/picture/labels'
import { useAnalysisStore } from '../analysis/analysisStore'
import { useAnnotationUi } from '../analysis/annotationUi'
import { formatRps } from '../analysis/format'
import { countUnsuppressed, createTargetNamer, SEVERITIES } from '../problems/problemsModel'
import { SeverityIcon, SEVERITY_PLURAL } from '../problems/SeverityIcon'
import { useEditorStore } from '../store'
import './summary.css'


/**
 * The top bar's design summary: write and read CAP (with the node that decided each), workload profile,
 * peak requests/s and finding counts; a count opens the problems panel showing only that severity.
 */
export function SummaryBar() {
  const analysis = useAnalysisStore((s) => s.analysis)
  const design = useAnalysisStore((s) => s.design)
  // The problems panel's namer, so a node reads the same here as in the panel (trimmed label, else its id).
  const nameTarget = useMemo(() => (design ? createTargetNamer(design) : null), [design])
  const showOnly = useAnnotationUi((s) => s.showOnly)
  const setProblemsOpen = useEditorStore((s) => s.setProblemsOpen)
  if (!analysis) return <div className="summary-bar" data-testid="design-summary" aria-busy="true" />
  const cap = analysis.cap.design
  const workload = analysis.workload
  const counts = countUnsuppressed(analysis.diagnostics)
  const nameOf = (id: string | undefined) => {
    if (!id) return undefined
    return nameTarget ? nameTarget({ type: 'node', id }).name : id
  }
  const openFiltered = (severity: Severity) => {
    showOnly(severity)
    setProblemsOpen(true)
  }
  return (
    <div
      className="summary-bar"
      data-testid="design-summary"
      data-write-cap={cap.write ?? 'none'}
      data-read-cap={cap.read ?? 'none'}
      data-profile={workload?.profile ?? 'none'}
    >
      <CapChip kind="Writes" label={cap.write} decidedBy={nameOf(cap.writeNode)} summary={cap.summary} testId="summary-write-cap" />
      <CapChip kind="Reads" label={cap.read} decidedBy={nameOf(cap.readNode)} summary={cap.summary} testId="summary-read-cap" />
      <span className="summary-sep" />
      {workload ? (
        <span
          className="summary-item"
          data-testid="summary-workload"
          title={`${PROFILE_LABELS[workload.profile]} workload, ${formatRps(workload.peakRps)} at peak (${formatRps(workload.peakReadRps)} reads, ${formatRps(workload.peakWriteRps)} writes)`}
        >
          <Gauge size={13} aria-hidden="true" />
          <span>{PROFILE_LABELS[workload.profile]}</span>
          <span className="summary-item__value">{formatRps(workload.peakRps)}</span>
        </span>
      ) : (
        <span className="summary-item muted" data-testid="summary-workload" title="Add a workload in the design inspector to check capacity">
          <Gauge size={13} aria-hidden="true" /> No workload
        </span>
      )}
      <span className="summary-sep" />
      <span className="summary-counts" role="group" aria-label="Findings">
        {SEVERITIES.map((severity) => (
          <button
            key={severity}
            type="button"
            className={`summary-count sev-${severity}${counts[severity] === 0 ? ' is-zero' : ''}`}
            data-testid={`summary-count-${severity}`}
            data-count={counts[severity]}
            title={`${counts[severity]} ${SEVERITY_PLURAL[severity].toLowerCase()}: show only these in Problems`}
            onClick={() => openFiltered(severity)}
          >
            <SeverityIcon severity={severity} size={13} />
            {counts[severity]}
          </button>
        ))}
      </span>
    </div>
  )
}

interface CapChipProps {
  kind: 'Writes' | 'Reads'
  label: CapLabel | null
  decidedBy: string | undefined
  summary: DesignCap['summary']
  testId: string
}

function CapChip({ kind, label, decidedBy, summary, testId }: CapChipProps) {
  return (
    <span className={`summary-cap cap-${label ?? 'none'}`} data-testid={testId} data-cap={label ?? 'none'} title={summary}>
      <span className="summary-cap__kind">{kind}</span>
      <span className="summary-cap__label">{label ?? 'none'}</span>
      {decidedBy && <span className="summary-cap__node">{decidedBy}</span>}
    </span>
  )
}
