import { useAnalysisStore, useIsAnalysisOfThisLoad, formatFigure, formatLoadScale, useLoadScale } from '@renderer/analysis'
import { createTargetNamer } from '@renderer/problems'
import { RuleLink } from '@renderer/rules'
import './analysis.css'

/** The seed-style derivation, step by step, then the profile and whether the design suits the workload. */
export function WorkloadDerivation() {
  const workload = useAnalysisStore((s) => s.analysis?.workload)
  const design = useAnalysisStore((s) => s.design)
  const factor = useLoadScale((s) => s.factor)
  const isCurrent = useIsAnalysisOfThisLoad()
  if (!workload || !design || !isCurrent) return null
  const nameOf = createTargetNamer(design)
  const { verdict, because } = workload.suitability
  return (
    <section className="workload-derivation" data-testid="workload-derivation" aria-label="Workload derivation">
      <h3 className="section-heading inspector-subtitle">Peak load, step by step</h3>
      {factor > 1 && (
        <p className="derivation-scenario" data-testid="workload-derivation-scenario">
          Load scenario {formatLoadScale(factor)}: these figures are for {factor} times the workload&rsquo;s users.
        </p>
      )}
      <ol className="derivation-steps">
        {workload.steps.map((step, i) => (
          <li key={step.label} className={i === 4 ? 'is-key' : undefined} data-testid="workload-step">
            <span className="derivation-steps__label">{step.label}</span>
            <span className="derivation-steps__value">{formatFigure(step.value)}</span>
          </li>
        ))}
      </ol>
      <p className="derivation-profile">
        Profile <strong data-testid="workload-profile">{workload.profile}</strong>
      </p>
      <div className={`suitability is-${verdict}`} data-testid="workload-verdict" data-verdict={verdict}>
        <strong>{verdict === 'suited' ? 'Suited to this workload' : 'At risk under this workload'}</strong>
        {because.length > 0 && (
          <ul>
            {because.map((reason) => (
              <li key={`${reason.ruleId}|${nameOf(reason.target).id}`}>
                <RuleLink ruleId={reason.ruleId} /> on {nameOf(reason.target).name}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
