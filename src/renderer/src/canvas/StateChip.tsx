import { describeStateMark, type Chip, type StateMark } from '@core/picture'
import { getStateIcon } from '@renderer/whatif'

/** A what-if state on the card's bottom border: its icon and word (an up card: the icon, its word as the name). */
export function StateChip({ chip, mark }: { chip: Chip; mark: StateMark }) {
  const { icon, text } = describeStateMark(mark)
  const Icon = getStateIcon(icon)
  return (
    <span
      className={`state-chip state-${mark.state}${mark.failed ? ' is-failed' : ''}`}
      style={{ marginLeft: chip.x, marginTop: chip.y, width: chip.width }}
      data-testid="state-chip"
      data-state={mark.state}
      role="img"
      aria-label={text}
      title={text}
    >
      <Icon size={11} strokeWidth={2.5} aria-hidden="true" />
      {chip.text && <span aria-hidden="true">{chip.text}</span>}
    </span>
  )
}
