import { useMemo } from 'react'
import { EyeOff, Wrench } from 'lucide-react'
import type { Diagnostic, DiagnosticTarget } from '@core/analysis'
import { useAnalysisStore, useAnnotationUi, useIsAnalysisOfThisLoad, applyFix } from '@renderer/analysis'
import { SeverityIcon } from '@renderer/ui'
import { getProblemKey } from '@renderer/problems'
import { RuleLink } from '@renderer/rules'

const EMPTY: readonly Diagnostic[] = []

/** `id`: the target's id, undefined for the design. */
function isFor(d: Diagnostic, type: DiagnosticTarget['type'], id: string | undefined): boolean {
  if (d.target.type !== type) return false
  return d.target.type === 'design' || d.target.id === id
}

/** The selected element's unsuppressed findings, each with its quick fix and Suppress. */
export function FindingList({ target }: { target: DiagnosticTarget }) {
  // Findings of the design open before could name this design's ids (they recur): none until its own result.
  const isCurrent = useIsAnalysisOfThisLoad()
  const shown = useAnalysisStore((s) => s.analysis?.diagnostics ?? EMPTY)
  const diagnostics = isCurrent ? shown : EMPTY
  const askSuppress = useAnnotationUi((s) => s.askSuppress)
  const targetId = target.type === 'design' ? undefined : target.id
  // Once per result, not on every render of the inspector (an edit re-renders it before its result arrives):
  // at 1,000 nodes this is a pass over ~700 findings.
  const mine = useMemo(
    () => diagnostics.filter((d) => !d.suppressed && isFor(d, target.type, targetId)),
    [diagnostics, target.type, targetId],
  )
  if (mine.length === 0) return null
  return (
    <section className="inspector-findings" data-testid="inspector-findings" aria-label="Findings">
      <h3 className="section-heading inspector-subtitle">Findings</h3>
      <ul>
        {mine.map((d) => (
          <li key={getProblemKey(d)} className={`inspector-finding sev-${d.severity}`} data-rule-id={d.ruleId} data-severity={d.severity}>
            <SeverityIcon severity={d.severity} />
            <div className="inspector-finding__body">
              <div className="inspector-finding__message">{d.message}</div>
              <RuleLink ruleId={d.ruleId} />
              <div className="inspector-finding__actions">
                {d.fix && (
                  <button type="button" className="button button--small is-fix" data-testid="quick-fix" onClick={() => d.fix && applyFix(d.fix)}>
                    <Wrench size={12} aria-hidden="true" /> {d.fix.title}
                  </button>
                )}
                <button type="button" className="button button--small button--quiet" onClick={() => askSuppress(d)}>
                  <EyeOff size={12} aria-hidden="true" /> Suppress…
                </button>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
