import { describeStateMark, type Chip, type StateMark } from '@core/picture'
import type { CSSProperties } from 'react'
import { getStateIcon } from '@renderer/whatif'

/**
 * Where a chip sits on its card's border: margins in the chip row's one grid cell, not left/top, since a
 * positioned chip would be a paint layer of its own (heat/annotations.css says why that matters at 1,000 cards).
 */
export function chipStyle(chip: Chip): CSSProperties {
  return { marginLeft: chip.x, marginTop: chip.y, width: chip.width }
}

/** A what-if state on the card's bottom border: its icon and word (an up card: the icon, its word as the name). */
export function StateChip({ chip, mark }: { chip: Chip; mark: StateMark }) {
  const { icon, text } = describeStateMark(mark)
  const Icon = getStateIcon(icon)
  return (
    <span
      className={`state-chip state-${mark.state}${mark.failed ? ' is-failed' : ''}`}
      style={chipStyle(chip)}
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
