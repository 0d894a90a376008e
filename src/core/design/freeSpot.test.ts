import { describe, expect, it } from 'vitest'
import { findFreeSpot } from './freeSpot'

const SIZE = { width: 184, height: 68 }
const overlaps = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  a.x < b.x + SIZE.width && b.x < a.x + SIZE.width && a.y < b.y + SIZE.height && b.y < a.y + SIZE.height

describe('findFreeSpot', () => {
  it('centres the card on the point when nothing is there', () => {
    expect(findFreeSpot([], SIZE, { x: 500, y: 300 })).toEqual({ x: 408, y: 266 })
  })

  it('puts the next card beside the first, to the right, with a gap', () => {
    const first = findFreeSpot([], SIZE, { x: 500, y: 300 })
    const second = findFreeSpot([{ ...first, ...SIZE }], SIZE, { x: 500, y: 300 })
    expect(second).toEqual({ x: first.x + SIZE.width + 24, y: first.y })
  })

  it('places twenty cards in a row near the centre, none overlapping another', () => {
    const placed: { x: number; y: number }[] = []
    for (let i = 0; i < 20; i++) placed.push(findFreeSpot(placed.map((p) => ({ ...p, ...SIZE })), SIZE, { x: 0, y: 0 }))
    for (const [i, a] of placed.entries()) for (const b of placed.slice(i + 1)) expect(overlaps(a, b)).toBe(false)
    // Within three rings of the centre: the nearest free places are used first.
    for (const p of placed) expect(Math.abs(p.x)).toBeLessThanOrEqual(3 * 208 + 92)
  })

  it('keeps clear of a big rectangle in the middle', () => {
    const block = { x: -300, y: -200, width: 600, height: 400 }
    const spot = findFreeSpot([block], SIZE, { x: 0, y: 0 })
    expect(overlaps(spot, block) || (spot.x < 300 + 24 && spot.x + SIZE.width > -300 - 24 && spot.y < 200 + 24 && spot.y + SIZE.height > -200 - 24)).toBe(false)
  })
})
