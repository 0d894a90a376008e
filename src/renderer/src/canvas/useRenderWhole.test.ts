import { describe, expect, it } from 'vitest'
import type { ReactFlowState } from '@xyflow/react'
import { shareInView } from './useRenderWhole'

/** Cards of 100 x 50 at the given places, seen through a view of `width` x `height` at `transform`. */
function state(places: [number, number][], transform: [number, number, number], width: number, height: number) {
  const nodeLookup = new Map(
    places.map(([x, y], i) => [String(i), { internals: { positionAbsolute: { x, y } }, measured: { width: 100, height: 50 } }]),
  ) as unknown as ReactFlowState['nodeLookup']
  return { nodeLookup, transform, width, height }
}

describe('shareInView', () => {
  it('is 1 when the whole design is in view', () => {
    expect(shareInView(state([[0, 0], [900, 450]], [0, 0, 1], 1000, 500))).toBe(1)
  })

  it('is the share of the design box the view covers', () => {
    // The design spans 0..1000 x 0..500; the view at zoom 1 shows 0..500 x 0..500: half of it.
    expect(shareInView(state([[0, 0], [900, 450]], [0, 0, 1], 500, 500))).toBeCloseTo(0.5)
    // Panned 250 px right in flow units at zoom 0.5 (the view's origin at flow x = 500): 500..1000 of 1000 wide, whole height.
    expect(shareInView(state([[0, 0], [900, 450]], [-250, 0, 0.5], 400, 400))).toBeCloseTo(0.5)
  })

  it('is 0 when the view is off the design, and 1 for a design with no area', () => {
    expect(shareInView(state([[0, 0], [900, 450]], [5000, 0, 1], 500, 500))).toBe(0)
    expect(shareInView(state([], [0, 0, 1], 500, 500))).toBe(1)
  })
})
