import { describe, expect, it } from 'vitest'
import { computeLayerExtent, EXTENT_CELL, layerExtentKey } from './layerExtent'

type Lookup = Parameters<typeof computeLayerExtent>[0]

// React Flow's internal nodes as far as the extent reads them: where each is, and its measured or given size.
const lookup = (nodes: Array<{ x: number; y: number; w?: number; h?: number; given?: boolean }>): Lookup =>
  new Map(
    nodes.map((n, i) => [
      `n${i}`,
      {
        id: `n${i}`,
        internals: { positionAbsolute: { x: n.x, y: n.y } },
        measured: n.given ? {} : { width: n.w, height: n.h },
        width: n.given ? n.w : undefined,
        height: n.given ? n.h : undefined,
      },
    ]),
  ) as unknown as Lookup

const contains = (outer: { x: number; y: number; width: number; height: number }, x: number, y: number, w: number, h: number) =>
  outer.x <= x && outer.y <= y && outer.x + outer.width >= x + w && outer.y + outer.height >= y + h

describe('computeLayerExtent', () => {
  it('covers every card, with a whole cell to spare on each side', () => {
    const cards = [
      { x: -300, y: 40, w: 200, h: 80 },
      { x: 9_000, y: 3_500, w: 200, h: 80 },
      { x: 120, y: -2_000, w: 200, h: 80, given: true },
    ]
    const extent = computeLayerExtent(lookup(cards))!
    for (const c of cards) expect(contains(extent, c.x, c.y, c.w, c.h)).toBe(true)
    expect(extent.x).toBeLessThanOrEqual(-300 - EXTENT_CELL)
    expect(extent.y).toBeLessThanOrEqual(-2_000 - EXTENT_CELL)
    expect(extent.x + extent.width).toBeGreaterThanOrEqual(9_200 + EXTENT_CELL)
    expect(extent.y + extent.height).toBeGreaterThanOrEqual(3_580 + EXTENT_CELL)
    for (const v of [extent.x, extent.y, extent.width, extent.height]) expect(Math.abs(v % EXTENT_CELL)).toBe(0)
  })

  it('stays the same while a card moves inside its cell, and grows when the design outgrows it', () => {
    const at = (x: number) => layerExtentKey(lookup([{ x: 0, y: 0, w: 200, h: 80 }, { x, y: 500, w: 200, h: 80 }]))
    expect(at(1_000)).toBe(at(1_400))
    expect(at(1_000)).toBe(at(EXTENT_CELL - 200))
    expect(at(EXTENT_CELL + 100)).not.toBe(at(1_000))
  })

  it('has no box for an empty design', () => {
    expect(computeLayerExtent(lookup([]))).toBeNull()
    expect(layerExtentKey(lookup([]))).toBe('')
  })
})
