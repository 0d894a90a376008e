import { useNodeAnnotation, formatPercent, formatRps, describeSpof } from '@renderer/analysis'
import { FindingList } from './FindingList'
import './analysis.css'

function toSentence(text: string): string {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

/** The top of the node inspector: what is wrong with it (findings with fixes) and whether it is a SPOF. */
export function NodeFindings({ nodeId }: { nodeId: string }) {
  const spof = useNodeAnnotation(nodeId).spof
  return (
    <div className="node-analysis" data-testid="node-findings">
      {spof && (
        <p className={`spof-note is-${spof}`} data-testid="inspector-spof">
          {describeSpof(spof)}.
        </p>
      )}
      <FindingList target={{ type: 'node', id: nodeId }} />
    </div>
  )
}

/** The foot of the node inspector: peak load against capacity, and the CAP label with its sentence. */
export function NodeAnalysis({ nodeId }: { nodeId: string }) {
  const { cap, load, heat } = useNodeAnnotation(nodeId)
  if (!cap && !load) return null
  return (
    <div className="node-analysis" data-testid="node-analysis">
      {load && (
        <section className="inspector-load" data-testid="inspector-load" aria-label="Load">
          <h3 className="section-heading inspector-subtitle">Load at peak</h3>
          <div className="load-figures">
            <span>
              <strong>{formatRps(load.rps)}</strong> of {formatRps(load.capacity)}
            </span>
            <span className={`load-percent heat-${heat}`}>{formatPercent(load.utilisation)}</span>
          </div>
          <div
            className={`load-bar heat-${heat}`}
            role="meter"
            aria-label="Utilisation"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(load.utilisation * 100)}
          >
            <span style={{ width: `${Math.min(100, load.utilisation * 100)}%` }} />
          </div>
        </section>
      )}
      {cap && (
        <section className="inspector-cap" data-testid="inspector-cap" aria-label="CAP">
          <h3 className="section-heading inspector-subtitle">CAP</h3>
          <div className="inspector-cap__head">
            <span className={`cap-chip cap-${cap.label}${cap.mayLoseWrites ? ' may-lose-writes' : ''}`}>{cap.label}</span>
            <span className="inspector-cap__note">conventional label · {cap.why}</span>
          </div>
          <p className="inspector-cap__sentence">{toSentence(cap.underPartition)}</p>
          {cap.mayLoseWrites && <p className="inspector-cap__warn">May lose acknowledged writes on failover.</p>}
          {cap.flip && (
            <p className="inspector-cap__flip">
              <span className="muted">Flips it:</span> {toSentence(cap.flip)}
            </p>
          )}
          <p className="inspector-cap__footnote muted">
            CAP’s C is linearizability and A is “every working node answers”; real setups rarely meet either strictly, so the sentence
            above is what actually happens.
          </p>
        </section>
      )}
    </div>
  )
}
