import { describe, expect, it } from 'vitest'
import { isPictureUsable, MARGIN, MAX_PIXELS, placePicture, planPicture, type CachedPicture, type View } from './farCache'

const VIEW: View = { x: 100, y: 50, zoom: 0.1, width: 1000, height: 600 }

/** The view panned by (dx, dy) screen pixels. */
const pan = (view: View, dx: number, dy: number): View => ({ ...view, x: view.x + dx, y: view.y + dy })

/** The view zoomed by `factor` about its centre, as the Zoom controls do. */
function zoomAbout(view: View, factor: number): View {
  const [cx, cy] = [view.width / 2, view.height / 2]
  const zoom = view.zoom * factor
  return { ...view, zoom, x: cx - ((cx - view.x) / view.zoom) * zoom, y: cy - ((cy - view.y) / view.zoom) * zoom }
}

/**
 * Where a flow point drawn into the picture lands on screen once placePicture's transform is applied (the canvas
 * has transform-origin 0 0, canvasFar.css): the picture draws flow point p at (p - left) * picture.zoom.
 */
function screenOf(picture: CachedPicture, view: View, p: { x: number; y: number }) {
  const match = /^translate\((-?[\d.e+-]+)px, (-?[\d.e+-]+)px\) scale\(([\d.e+-]+)\)$/.exec(placePicture(picture, view))
  if (!match) throw new Error(`unexpected transform ${placePicture(picture, view)}`)
  const [tx, ty, s] = match.slice(1).map(Number)
  return { x: tx + s * (p.x - picture.left) * picture.zoom, y: ty + s * (p.y - picture.top) * picture.zoom }
}

describe('planPicture', () => {
  it('covers the view and half a view more on every side, at the view zoom', () => {
    expect(MARGIN).toBe(0.5)
    const picture = planPicture(VIEW, 1)
    expect(picture).toEqual({ left: (-100 - 500) / 0.1, top: (-50 - 300) / 0.1, zoom: 0.1, width: 2000, height: 1200 })
    // The view's own flow rectangle sits in the middle of it.
    const viewLeft = -VIEW.x / VIEW.zoom
    expect(viewLeft - picture.left).toBeCloseTo(500 / 0.1)
    expect(picture.left + picture.width / picture.zoom - (viewLeft + VIEW.width / VIEW.zoom)).toBeCloseTo(500 / 0.1)
  })

  it('keeps the full margin at 2x on an ordinary view, which stays under the pixel cap', () => {
    const picture = planPicture(VIEW, 2)
    expect(picture.width).toBe(2000)
    expect(picture.width * 2 * picture.height * 2).toBeLessThanOrEqual(MAX_PIXELS)
  })

  it('narrows the margin on a large view at 2x so the canvas holds at most MAX_PIXELS device pixels', () => {
    const large: View = { x: 0, y: 0, zoom: 0.15, width: 2560, height: 1440 }
    // The full margin would need four times the view: about 59 million device pixels.
    expect(large.width * 2 * large.height * 2 * 4).toBeGreaterThan(MAX_PIXELS)
    const picture = planPicture(large, 2)
    const pixels = Math.round(picture.width * 2) * Math.round(picture.height * 2)
    // Rounded up to whole CSS pixels: within a row and a column of device pixels of the cap.
    expect(pixels).toBeLessThanOrEqual(MAX_PIXELS + 2 * 2 * (picture.width + picture.height) + 4)
    expect(pixels).toBeGreaterThan(MAX_PIXELS * 0.99)
    // Still more than the view, centred on it.
    expect(picture.width).toBeGreaterThan(large.width)
    expect(picture.height).toBeGreaterThan(large.height)
    const marginX = (picture.width - large.width) / 2
    expect(-picture.left * large.zoom).toBeCloseTo(marginX, 0)
    // At 1x the same view keeps its full margin.
    expect(planPicture(large, 1).width).toBe(2 * large.width)
  })

  it('draws just the view when the view alone is over the cap, and handles an empty view', () => {
    const huge: View = { x: 0, y: 0, zoom: 0.1, width: 4000, height: 2500 }
    const picture = planPicture(huge, 2)
    expect([picture.width, picture.height]).toEqual([4000, 2500])
    expect(picture.left).toBeCloseTo(0)
    const empty = planPicture({ ...VIEW, width: 0, height: 0 }, 2)
    expect([empty.width, empty.height]).toEqual([0, 0])
  })
})

describe('isPictureUsable', () => {
  const picture = planPicture(VIEW, 1)

  it('serves the view it was drawn for, and a pan that stays inside its margin', () => {
    expect(isPictureUsable(picture, VIEW, true)).toBe(true)
    expect(isPictureUsable(picture, pan(VIEW, 499, -299), true)).toBe(true)
    expect(isPictureUsable(picture, pan(VIEW, -500, 300), true)).toBe(true)
  })

  it('is drawn again once the view leaves it on any side', () => {
    expect(isPictureUsable(picture, pan(VIEW, 501, 0), true)).toBe(false)
    expect(isPictureUsable(picture, pan(VIEW, -501, 0), true)).toBe(false)
    expect(isPictureUsable(picture, pan(VIEW, 0, 301), false)).toBe(false)
    expect(isPictureUsable(picture, pan(VIEW, 0, -301), false)).toBe(false)
  })

  it('is scaled while the zoom moves by up to a third, and drawn again once the zoom rests', () => {
    for (const factor of [1.2, 1 / 1.2, 4 / 3 - 1e-9]) {
      const zoomed = zoomAbout(VIEW, factor)
      expect(isPictureUsable(picture, zoomed, false), `x${factor} moving`).toBe(true)
      expect(isPictureUsable(picture, zoomed, true), `x${factor} resting`).toBe(false)
    }
  })

  it('is drawn again at once when the zoom changes by more than a third, resting or not', () => {
    for (const factor of [1.4, 1 / 1.4, 2]) expect(isPictureUsable(picture, zoomAbout(VIEW, factor), false), `x${factor}`).toBe(false)
  })

  it('is drawn again when zooming out shows more than it holds', () => {
    // Zoomed out by 1.3 about a corner: within the scale limit, but the view reaches past the picture's margin.
    const out: View = { ...VIEW, zoom: VIEW.zoom / 1.3 }
    expect(isPictureUsable(picture, out, false)).toBe(true)
    expect(isPictureUsable(picture, pan(out, -400, 0), false)).toBe(false)
  })
})

describe('placePicture', () => {
  it('writes the translate and scale that put the picture under the view', () => {
    const picture = planPicture(VIEW, 1)
    expect(placePicture(picture, VIEW)).toBe('translate(-500px, -300px) scale(1)')
    expect(placePicture(picture, pan(VIEW, 30, -20))).toBe('translate(-470px, -320px) scale(1)')
  })

  it('puts every flow point where the view shows it, after a pan and while a zoom scales the picture', () => {
    const picture = planPicture(VIEW, 1)
    const points = [
      { x: 0, y: 0 },
      { x: 1234, y: -567 },
      { x: picture.left, y: picture.top },
    ]
    for (const view of [VIEW, pan(VIEW, 120, 80), zoomAbout(VIEW, 1.25), zoomAbout(pan(VIEW, -40, 10), 0.8)]) {
      for (const p of points) {
        const at = screenOf(picture, view, p)
        expect(at.x).toBeCloseTo(view.x + p.x * view.zoom, 6)
        expect(at.y).toBeCloseTo(view.y + p.y * view.zoom, 6)
      }
    }
    expect(placePicture(picture, zoomAbout(VIEW, 1.25))).toMatch(/ scale\(1\.25\)$/)
  })
})
