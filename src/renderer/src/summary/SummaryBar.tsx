import { useMemo } from 'react'
import { Gauge } from 'lucide-react'
import type { CapLabel, DesignCap, DiagnosticTarget, WorkloadResult } from '@core/analysis'
import type { Severity } from '@core/design/types'
import { PROFILE_LABELS } from '@core/picture/labels'
import { useAnalysisStore, useAnnotationUi, useIsAnalysisOfThisLoad, useRevealTarget, formatRps } from '@renderer/analysis'
import { countUnsuppressed, createTargetNamer, SEVERITIES } from '@renderer/problems'
import { SeverityIcon, SEVERITY_PLURAL, whenPresent } from '@renderer/ui'
import { showInspectorNow, useEditorStore } from '@renderer/store'
import { LoadScaleChip } from './LoadScaleChip'
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
  const reveal = useRevealTarget()
  // Nothing rather than the CAP, workload and counts of the design open before, until this one's result comes.
  const isCurrent = useIsAnalysisOfThisLoad()
  if (!analysis || !isCurrent) {
    return (
      <div className="summary-bar" data-testid="design-summary" aria-busy="true">
        <span className="summary-item muted">Analysing…</span>
      </div>
    )
  }
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
      <CapChip kind="Writes" label={cap.write} nodeId={cap.writeNode} nodeName={nameOf(cap.writeNode)} summary={cap.summary} testId="summary-write-cap" onReveal={reveal} />
      <CapChip kind="Reads" label={cap.read} nodeId={cap.readNode} nodeName={nameOf(cap.readNode)} summary={cap.summary} testId="summary-read-cap" onReveal={reveal} />
      <span className="summary-sep" />
      {workload ? (
        <>
          <WorkloadChip workload={workload} nameOf={nameOf} onReveal={reveal} />
          <LoadScaleChip />
        </>
      ) : (
        <span className="summary-item muted" data-testid="summary-workload" title="Add a workload in the design inspector to check capacity">
          <Gauge size={13} aria-hidden="true" /> <span className="summary-item__value">No workload</span>
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
  nodeId: string | undefined
  nodeName: string | undefined
  summary: DesignCap['summary']
  testId: string
  onReveal: (target: DiagnosticTarget) => void
}

/** A CAP chip; with a deciding node it is a button that selects and shows that node, as a problem row does. */
function CapChip({ kind, label, nodeId, nodeName, summary, testId, onReveal }: CapChipProps) {
  const content = (
    <>
      <span className="summary-cap__kind">
        <span className="summary-cap__long">{kind}</span>
        <span className="summary-cap__short" aria-hidden="true">
          {kind[0]}
        </span>
      </span>{' '}
      {/* The spaces are not drawn (flex items) but keep the words apart in the accessible name. */}
      <span className="summary-cap__label">{label ?? 'none'}</span>{' '}
      {nodeName && <span className="summary-cap__node">{nodeName}</span>}
    </>
  )
  const className = `summary-cap cap-${label ?? 'none'}`
  if (!nodeId) {
    return (
      <span className={className} data-testid={testId} data-cap={label ?? 'none'} title={`${kind}: ${summary}`}>
        {content}
      </span>
    )
  }
  return (
    <button
      type="button"
      className={`${className} is-link`}
      data-testid={testId}
      data-cap={label ?? 'none'}
      data-node-id={nodeId}
      // The name is the chip's own words (Writes CP Tweets DB), as axe's label-in-name rule asks; the rest is
      // its description.
      title={`${summary}\nDecided by ${nodeName}: click to show it`}
      onClick={() => onReveal({ type: 'node', id: nodeId })}
    >
      {content}
    </button>
  )
}

interface WorkloadChipProps {
  workload: WorkloadResult
  nameOf: (id: string | undefined) => string | undefined
  onReveal: (target: DiagnosticTarget) => void
}

/**
 * The profile and peak. The profile comes from the design's workload; when the design is at risk for it, the
 * chip shows the first component that puts it at risk, else the workload settings in the design inspector.
 */
function WorkloadChip({ workload, nameOf, onReveal }: WorkloadChipProps) {
  const risk = workload.suitability.because.find((b) => b.target.type !== 'design')?.target
  const riskName = risk?.type === 'node' ? nameOf(risk.id) : undefined
  const base = `${PROFILE_LABELS[workload.profile]} workload, ${formatRps(workload.peakRps)} at peak (${formatRps(workload.peakReadRps)} reads, ${formatRps(workload.peakWriteRps)} writes)`
  const action = risk ? `At risk${riskName ? ` because of ${riskName}` : ''}: click to show it` : 'Click to edit the workload'
  return (
    <button
      type="button"
      className={`summary-item is-link${risk ? ' is-at-risk' : ''}`}
      data-testid="summary-workload"
      data-profile={workload.profile}
      data-node-id={risk?.type === 'node' ? risk.id : undefined}
      title={`${base}\n${action}`}
      aria-label={`${PROFILE_LABELS[workload.profile]} ${formatRps(workload.peakRps)} at peak (${formatRps(workload.peakReadRps)} reads, ${formatRps(workload.peakWriteRps)} writes). ${action}`}
      onClick={() => {
        if (risk) onReveal(risk)
        else revealWorkloadSettings()
      }}
    >
      <Gauge size={13} aria-hidden="true" />
      <span>{PROFILE_LABELS[workload.profile]}</span>{' '}
      <span className="summary-item__value">{formatRps(workload.peakRps)}</span>
    </button>
  )
}

/** Nothing selected shows the design inspector; its workload section is then scrolled to and focused. */
function revealWorkloadSettings(): void {
  showInspectorNow()
  useEditorStore.getState().select([], [])
  useEditorStore.getState().setInspectorOpen(true)
  // Once the inspector shows the design (it follows the selection a frame or two later, Inspector.tsx).
  whenPresent(
    () => document.querySelector<HTMLElement>('[data-testid="inspector"] [data-testid="workload-section"]'),
    (section) => {
      section.scrollIntoView({ block: 'start' })
      // The first workload field, past the load scenario's slider at the top of the section.
      section.querySelector<HTMLElement>('input:not([type="range"]), select, button')?.focus()
    },
  )
}
