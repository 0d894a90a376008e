import { describe, expect, it } from 'vitest'
import { computeRasterSize, describeReduction, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from './rasterSize'

describe('computeRasterSize', () => {
  it('keeps the requested scale when the picture fits', () => {
    expect(computeRasterSize(1200, 800, 2)).toEqual({ scale: 2, width: 2400, height: 1600, isReduced: false })
    expect(computeRasterSize(1200, 800, 3)).toEqual({ scale: 3, width: 3600, height: 2400, isReduced: false })
  })

  it('scales a very wide design down to the side limit', () => {
    const size = computeRasterSize(10_000, 600, 2)
    expect(size.isReduced).toBe(true)
    expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
    expect(size.width).toBeGreaterThan(MAX_CANVAS_SIDE - 2)
    expect(size.height).toBe(Math.floor(600 * size.scale))
  })

  it('scales a large square design down to the area limit even when each side would fit', () => {
    const limits = { maxSide: 16_384, maxArea: 100_000_000 }
    const size = computeRasterSize(6000, 6000, 3, limits)
    expect(size.isReduced).toBe(true)
    expect(size.width * size.height).toBeLessThanOrEqual(limits.maxArea)
    expect(size.width).toBeLessThanOrEqual(limits.maxSide)
  })

  it('never exceeds Chromium limits at any scale, and keeps the aspect ratio', () => {
    for (const [w, h] of [[40_000, 30_000], [16_385, 1], [9000, 9000], [300, 50_000]]) {
      for (const scale of [1, 2, 3]) {
        const size = computeRasterSize(w, h, scale)
        expect(size.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
        expect(size.height).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
        expect(size.width * size.height).toBeLessThanOrEqual(MAX_CANVAS_AREA)
        expect(size.width).toBeGreaterThanOrEqual(1)
        expect(Math.abs(size.width / size.height - w / h) / (w / h)).toBeLessThan(0.01 + 1 / size.height)
      }
    }
  })

  it('says what was asked for and what was exported', () => {
    const size = computeRasterSize(10_000, 600, 3)
    expect(describeReduction(size, 3)).toMatch(/too large for a 3x PNG.*exported at 1\.\d\dx, 16384 x 983 px/)
  })
})
