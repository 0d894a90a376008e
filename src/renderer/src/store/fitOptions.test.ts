import { describe, expect, it } from 'vitest'
import { fitViewport } from './fitOptions'

const PADDING = { top: 64, right: 40, bottom: 150, left: 72 }

/** The design's box on screen under a view. */
function onScreen(bounds: { x: number; y: number; width: number; height: number }, view: { x: number; y: number; zoom: number }) {
  const left = bounds.x * view.zoom + view.x
  const top = bounds.y * view.zoom + view.y
  return { left, top, right: left + bounds.width * view.zoom, bottom: top + bounds.height * view.zoom }
}

describe('fitViewport', () => {
  it('centres a design that fits in the room the floating controls leave', () => {
    const bounds = { x: 100, y: 50, width: 1600, height: 800 }
    const view = fitViewport(bounds, 1000, 800, 0.1, 1, PADDING)
    const box = onScreen(bounds, view)
    expect(view.zoom).toBeCloseTo(888 / 1600)
    expect(box.left - PADDING.left).toBeCloseTo(1000 - PADDING.right - box.right)
    expect(box.top - PADDING.top).toBeCloseTo(800 - PADDING.bottom - box.bottom)
  })

  it('never zooms past the largest zoom: a small design sits in the middle at 100 %', () => {
    const bounds = { x: 0, y: 0, width: 200, height: 100 }
    const view = fitViewport(bounds, 1000, 800, 0.1, 1, PADDING)
    expect(view.zoom).toBe(1)
    const box = onScreen(bounds, view)
    expect(box.left - PADDING.left).toBeCloseTo(1000 - PADDING.right - box.right)
  })

  it('keeps a large design whole where the canvas can hold it at the smallest zoom, though not within the padding', () => {
    // At 1024 x 700 with both panels open the canvas is about 546 x 495: 1,012 cards are 8,820 x 3,650 units.
    const bounds = { x: -200, y: -300, width: 8820, height: 3650 }
    const view = fitViewport(bounds, 546, 495, 0.1, 1, PADDING)
    expect(view.zoom).toBe(0.1)
    const box = onScreen(bounds, view)
    // Taller than the padded room (281 px), shorter than the canvas: whole, nothing cut at the top.
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.bottom).toBeLessThanOrEqual(495)
    // Wider than the canvas: it overflows alike on both sides.
    expect(box.left).toBeCloseTo(546 - box.right)
  })

  it('a design a little narrower than the canvas but wider than the padded room sits in the middle, off both edges', () => {
    // 1440 x 900 window: a 906 px canvas, 794 px of padded room, 1,012 cards 882 px wide at 10 %.
    const bounds = { x: 0, y: 0, width: 8820, height: 3650 }
    const box = onScreen(bounds, fitViewport(bounds, 906, 695, 0.1, 1, PADDING))
    expect(box.left).toBeCloseTo(12)
    expect(906 - box.right).toBeCloseTo(12)
  })

  it('clamped at the smallest zoom, keeps the design as near the middle of the padded room as the canvas allows', () => {
    // At 50 % the design is 500 x 350 px: wider room enough (788 px), taller than the padded room (286 px).
    const bounds = { x: 0, y: 0, width: 1000, height: 700 }
    const view = fitViewport(bounds, 900, 500, 0.5, 1, PADDING)
    expect(view.zoom).toBe(0.5)
    const box = onScreen(bounds, view)
    // The padded middle puts its top at 64 + (286 - 350) / 2 = 32: whole, nearer the top than the canvas's middle (75).
    expect(box.top).toBeCloseTo(32)
    expect(box.bottom).toBeLessThanOrEqual(500)
    expect(box.left).toBeCloseTo(PADDING.left + (788 - 500) / 2)
  })

  it('survives an empty or zero-sized box and a canvas smaller than its padding', () => {
    const view = fitViewport({ x: 10, y: 10, width: 0, height: 0 }, 100, 100, 0.1, 1, PADDING)
    expect(Number.isFinite(view.x) && Number.isFinite(view.y) && Number.isFinite(view.zoom)).toBe(true)
    expect(view.zoom).toBeGreaterThanOrEqual(0.1)
  })
})
