import type { DesignNode } from '../../../core/design/types'
import { useNodeAnnotation } from '../analysis/analysisStore'
import { useAnnotationUi } from '../analysis/annotationUi'
import { formatPercent, formatRps } from '../analysis/format'
import { SEVERITY_ICONS, SEVERITY_LABEL } from '../problems/SeverityIcon'
import { describeCap, describeSpof } from './heat/capText'
import './heat/annotations.css'

interface Props {
  node: DesignNode
}

/**
 * What the analysis draws on a node's top-right corner: the CAP pill on stateful nodes, a SPOF tag and the
 * finding badge (count, coloured by the worst severity). Every tooltip is plain text from the analysis.
 */
export function NodeDecorations({ node }: Props) {
  const annotation = useNodeAnnotation(node.id)
  const isHeatOn = useAnnotationUi((s) => s.isHeatOn)
  const { cap, spof, count, worst, load } = annotation
  const Icon = worst ? SEVERITY_ICONS[worst] : null
  return (
    <>
      {spof && (
        <span className={`spof-tag is-${spof}`} data-testid="spof-mark" data-scope={spof} title={describeSpof(spof)}>
          SPOF
        </span>
      )}
      {isHeatOn && load && (
        <span className="heat-pill" data-testid="heat-pill" title={`${formatRps(load.rps)} of ${formatRps(load.capacity)} at peak`}>
          {formatPercent(load.utilisation)}
        </span>
      )}
      {cap && (
        <span
          className={`cap-chip cap-${cap.label}${cap.mayLoseWrites ? ' may-lose-writes' : ''}`}
          data-testid="cap-chip"
          data-cap={cap.label}
          title={describeCap(cap)}
          aria-label={`CAP ${cap.label}${cap.mayLoseWrites ? ', may lose writes' : ''}`}
        >
          {cap.label}
        </span>
      )}
      {count > 0 && worst && Icon && (
        <span
          className={`node-badge sev-${worst}`}
          data-testid="node-badge"
          data-severity={worst}
          data-count={count}
          title={annotation.messages.join('\n')}
          aria-label={`${count} finding${count === 1 ? '' : 's'}, worst ${SEVERITY_LABEL[worst].toLowerCase()}`}
        >
          <Icon size={11} strokeWidth={2.5} aria-hidden="true" />
          {count}
        </span>
      )}
    </>
  )
}
