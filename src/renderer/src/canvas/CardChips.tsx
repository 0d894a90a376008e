import { memo, useMemo } from 'react'
import type { DesignNode } from '@core/design/types'
import { layoutChips, type CardMarks, type Chip } from '@core/picture'
import type { NodeAnnotation } from '@renderer/analysis'
import { SEVERITY_ICONS, SEVERITY_LABEL } from '@renderer/ui'
import { formatRps, describeCap, describeSpof } from '@renderer/analysis'
import { chipStyle, StateChip } from './StateChip'
import { useIsFarContext } from './farContext'
import './heat/annotations.css'

interface Props {
  node: DesignNode
  width: number
  height: number
  annotation: NodeAnnotation
  /** The card's marks: the annotation's, with the what-if state mark when the mode is on. */
  marks: CardMarks
}

/**
 * The marks core/picture placed on a card's borders (SPOF tag, CAP pill, finding badge, heat), at the
 * places it gave them, so none covers another and the export shows them where the canvas does. Every tooltip
 * is plain text from the analysis.
 */
export const CardChips = memo(function CardChips({ node, width, height, annotation, marks }: Props) {
  const chips = useMemo(() => layoutChips(width, height, marks), [width, height, marks])
  if (chips.length === 0) return null
  return (
    <div className="node-decorations" data-node-id={node.id}>
      {chips.map((chip) => (
        <ChipView key={chip.kind} chip={chip} marks={marks} annotation={annotation} />
      ))}
    </div>
  )
})

function ChipView({ chip, marks, annotation }: { chip: Chip; marks: CardMarks; annotation: NodeAnnotation }) {
  const isFar = useIsFarContext()
  const style = chipStyle(chip)
  if (chip.kind === 'spof' && marks.spof) {
    const scope = marks.spof.scope
    return (
      <span
        className={`spof-tag sev-${marks.spof.severity}`}
        style={style}
        data-testid="spof-mark"
        data-severity={marks.spof.severity}
        data-scope={scope}
        title={scope ? describeSpof(scope) : 'Single point of failure'}
      >
        {chip.text}
      </span>
    )
  }
  if (chip.kind === 'heat' && marks.heat) {
    const load = annotation.load
    return (
      <span className={`heat-pill heat-${marks.heat.band}`} style={style} data-testid="heat-pill" title={load ? `${formatRps(load.rps)} of ${formatRps(load.capacity)} at peak` : undefined}>
        {chip.text}
      </span>
    )
  }
  if (chip.kind === 'cap' && marks.cap) {
    const { label, mayLoseWrites } = marks.cap
    return (
      <span
        className={`cap-chip cap-${label}${mayLoseWrites ? ' may-lose-writes' : ''}`}
        style={style}
        data-testid="cap-chip"
        data-cap={label}
        title={annotation.cap ? describeCap(annotation.cap) : undefined}
        aria-label={`CAP ${label}${mayLoseWrites ? ', may lose writes' : ''}`}
      >
        {chip.text}
      </span>
    )
  }
  if (chip.kind === 'state' && marks.state) return <StateChip chip={chip} mark={marks.state} />
  if (chip.kind === 'badge' && marks.badge) {
    const { count, worst } = marks.badge
    const Icon = SEVERITY_ICONS[worst]
    return (
      <span
        className={`node-badge sev-${worst}`}
        style={style}
        data-testid="node-badge"
        data-severity={worst}
        data-count={count}
        title={annotation.messages.join('\n')}
        aria-label={`${count} finding${count === 1 ? '' : 's'}, worst ${SEVERITY_LABEL[worst].toLowerCase()}`}
      >
        {!isFar && <Icon size={11} strokeWidth={2.5} aria-hidden="true" />}
        {chip.text}
      </span>
    )
  }
  return null
}
