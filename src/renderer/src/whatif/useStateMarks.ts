import { useMemo } from 'react'
import type { CardMarks, EdgeStateMark, StateMark } from '@core/picture'
import { useWhatIf } from './whatIfStore'

/**
 * One element's slice of the scenario's marks. Marks are shared frozen objects per state (core/picture
 * getStateMark), so a card whose state did not change gets the same object back and does not re-render.
 */
export function useStateMark(id: string): StateMark | null {
  return useWhatIf((s) => s.marks?.nodes.get(id) ?? null)
}

export function useEdgeStateMark(id: string): EdgeStateMark | null {
  return useWhatIf((s) => s.marks?.edges.get(id) ?? null)
}

/** The card's marks as the picture has them: the analysis' marks, with the state mark in the what-if mode. */
export function useCardMarks(id: string, marks: CardMarks): CardMarks {
  const state = useStateMark(id)
  return useMemo(() => (state ? { ...marks, state } : marks), [marks, state])
}
