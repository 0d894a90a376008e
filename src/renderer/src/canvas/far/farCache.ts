/**
 * Where the far canvas's picture is drawn and how it is placed. The picture is drawn once into a canvas larger
 * than the view (half a view more on every side) at the zoom of that moment; a pan then only moves that canvas
 * (a CSS transform the compositor applies, no drawing), and a zoom scales it until the zoom rests, when it is
 * drawn again at the new zoom. It is drawn again as soon as the view leaves it, the zoom has changed by over a
 * third (the scaled picture would blur), or what it shows changes. At 5,000 cards drawing the picture takes
 * 40-50 ms of rasterising on this machine's software renderer: every frame of a pan did it before.
 */

export interface View {
  /** React Flow's transform: screen = flow * zoom + (x, y). */
  x: number
  y: number
  zoom: number
  /** The view's size in CSS pixels. */
  width: number
  height: number
}

export interface CachedPicture {
  /** The flow point at the cached canvas's top-left corner, and the zoom it was drawn at. */
  left: number
  top: number
  zoom: number
  /** Its size in CSS pixels. */
  width: number
  height: number
}

/** How much more than the view is drawn, on each side, as a share of the view's size. */
export const MARGIN = 0.5
/** Scaled by more than this (or less than its inverse) the drawn picture would blur or pixelate: draw again. */
const MAX_SCALE = 4 / 3
/** Device pixels the cached canvas may have at most (a 2x screen: a quarter of the margin area goes). */
export const MAX_PIXELS = 16_000_000

/** The cached picture for the view: the view and a margin around it, at the view's zoom. */
export function planPicture(view: View, dpr: number): CachedPicture {
  const viewArea = view.width * view.height * dpr * dpr
  const fullArea = viewArea * (1 + 2 * MARGIN) ** 2
  // A large screen at 2x would ask for more pixels than a canvas should hold: a smaller margin then.
  const margin = fullArea <= MAX_PIXELS || viewArea === 0 ? MARGIN : Math.max(0, (Math.sqrt(MAX_PIXELS / viewArea) - 1) / 2)
  const width = Math.ceil(view.width * (1 + 2 * margin))
  const height = Math.ceil(view.height * (1 + 2 * margin))
  return {
    left: (-view.x - view.width * margin) / view.zoom,
    top: (-view.y - view.height * margin) / view.zoom,
    zoom: view.zoom,
    width,
    height,
  }
}

/**
 * Whether the cached picture still serves the view: it covers the whole view, and its zoom is near enough the
 * view's. `isZoomResting`: the zoom has not moved for a moment, so a picture of another zoom is drawn again.
 */
export function isPictureUsable(picture: CachedPicture, view: View, isZoomResting: boolean): boolean {
  const scale = view.zoom / picture.zoom
  if (scale > MAX_SCALE || scale < 1 / MAX_SCALE) return false
  if (scale !== 1 && isZoomResting) return false
  const [left, top] = [-view.x / view.zoom, -view.y / view.zoom]
  const [right, bottom] = [left + view.width / view.zoom, top + view.height / view.zoom]
  const eps = 1e-6
  return (
    left >= picture.left - eps &&
    top >= picture.top - eps &&
    right <= picture.left + picture.width / picture.zoom + eps &&
    bottom <= picture.top + picture.height / picture.zoom + eps
  )
}

/** The CSS transform that puts the cached picture where the view has its flow points. */
export function placePicture(picture: CachedPicture, view: View): string {
  const scale = view.zoom / picture.zoom
  return `translate(${picture.left * view.zoom + view.x}px, ${picture.top * view.zoom + view.y}px) scale(${scale})`
}
