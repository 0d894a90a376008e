import { describe, expect, it } from 'vitest'
import { frameMinimap } from './Minimap'

describe('frameMinimap', () => {
  const size = { width: 160, height: 100 }

  it('frames the design centred, with a 5 px margin, when the view lies inside it', () => {
    const design = { x: 0, y: 0, width: 1600, height: 500 }
    const frame = frameMinimap(design, { x: 100, y: 100, width: 200, height: 100 }, size)
    // Wide design: 10 flow units a pixel, plus 5 px (50 units) round it, widened to the minimap's proportions
    // (1,700 x 1,100 units asks 11 units a pixel: 1,760 x 1,100), centred on the design.
    expect(frame.scale).toBeCloseTo(11)
    expect(frame.width).toBeCloseTo(1760)
    expect(frame.height).toBeCloseTo(1100)
    expect(frame.x + frame.width / 2).toBeCloseTo(800)
    expect(frame.y + frame.height / 2).toBeCloseTo(250)
    expect(frame.height / frame.width).toBeCloseTo(size.height / size.width)
  })

  it('takes in the view when it reaches past the design', () => {
    const frame = frameMinimap({ x: 0, y: 0, width: 1000, height: 1000 }, { x: 2000, y: 0, width: 500, height: 500 }, size)
    expect(frame.x).toBeLessThanOrEqual(0)
    expect(frame.x + frame.width).toBeGreaterThanOrEqual(2500)
  })
})
