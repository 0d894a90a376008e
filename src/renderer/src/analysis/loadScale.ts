import { create } from 'zustand'
import { MAX_LOAD_SCALE, scaleWorkload } from '@core/design/edit/scaleWorkload'
import type { Design, Workload } from '@core/design/types'
import { useEditorStore } from '@renderer/store'

/**
 * The load scenario (issue 12): "what if we had 50 times the users?". A view of the design, like the heat
 * view, not an edit: while the factor is above x1 the analysis runs on core's scaleWorkload(design, factor)
 * and everything derived from it (heat, capacity findings, the summary's req/s) follows, but the design, its
 * undo history and its saved state are untouched until the user applies the factor to the workload, which is
 * one undoable edit. Opening another design (or New, a template, a restored copy) or removing the workload
 * ends the scenario.
 */

/**
 * The slider's stops: every whole factor up to x10, then coarser steps to x100, so x1..x10 takes almost half
 * the track instead of a tenth of it; one arrow key press is one stop.
 */
export const LOAD_SCALE_STOPS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, MAX_LOAD_SCALE]

interface LoadScaleState {
  factor: number
}

export const useLoadScale = create<LoadScaleState>()(() => ({ factor: 1 }))

export function formatLoadScale(factor: number): string {
  return `×${factor}`
}

/** The stop nearest to a factor: the slider's position for it. */
export function findStopIndex(factor: number): number {
  let best = 0
  LOAD_SCALE_STOPS.forEach((stop, index) => {
    if (Math.abs(stop - factor) < Math.abs(LOAD_SCALE_STOPS[best] - factor)) best = index
  })
  return best
}

export function setLoadScale(factor: number): void {
  if (useLoadScale.getState().factor !== factor) useLoadScale.setState({ factor })
}

export function resetLoadScale(): void {
  setLoadScale(1)
}

let memo: { workload: Workload; factor: number; scaled: Workload } | null = null

/**
 * The design the analysis should see. The scaled workload is remembered per (workload, factor): a finished
 * drag gives a new design object with the same workload, and the scheduler must still see an unchanged
 * analysis input (it compares the parts by reference) and skip the run, as it does without a scenario.
 */
export function withLoadScale(design: Design, factor = useLoadScale.getState().factor): Design {
  if (factor === 1 || !design.workload) return design
  if (!memo || memo.workload !== design.workload || memo.factor !== factor) {
    memo = { workload: design.workload, factor, scaled: scaleWorkload(design, factor).workload as Workload }
  }
  return { ...design, workload: memo.scaled }
}

/** The scenario's name for a picture's legend ("Load ×50"); none at x1 or without a workload (nothing scaled). */
export function listLoadScenarios(design: Design, factor: number): string[] {
  return factor > 1 && design.workload ? [`Load ${formatLoadScale(factor)}`] : []
}

/** Writes the scaled users into the design as one undoable edit, and ends the scenario (it is now the design). */
export function applyLoadScaleToWorkload(): void {
  const { factor } = useLoadScale.getState()
  const { design, replaceDesign } = useEditorStore.getState()
  if (factor === 1 || !design.workload) return
  resetLoadScale()
  replaceDesign(scaleWorkload(design, factor), `Workload scaled ${formatLoadScale(factor)}`)
}

useEditorStore.subscribe((state, previous) => {
  if (state.loadCount !== previous.loadCount || (!state.design.workload && previous.design.workload)) resetLoadScale()
})
