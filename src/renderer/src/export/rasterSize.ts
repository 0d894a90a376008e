/**
 * How big a PNG the browser can actually paint. Chromium refuses a canvas wider or taller than 16,384 px or
 * larger than 268,435,456 px in area (the canvas stays blank and toBlob gives null), so a very large design is
 * scaled down to fit and the user is told, rather than getting an empty file.
 */

export const MAX_CANVAS_SIDE = 16_384
export const MAX_CANVAS_AREA = 268_435_456

export const EXPORT_SCALES = [1, 2, 3] as const
export type ExportScale = (typeof EXPORT_SCALES)[number]

export interface RasterSize {
  /** The scale actually used: the requested one, or less when the picture would not fit. */
  scale: number
  width: number
  height: number
  isReduced: boolean
}

export function computeRasterSize(
  width: number,
  height: number,
  requestedScale: number,
  limits: { maxSide: number; maxArea: number } = { maxSide: MAX_CANVAS_SIDE, maxArea: MAX_CANVAS_AREA },
): RasterSize {
  const w = Math.max(1, width)
  const h = Math.max(1, height)
  const fitting = Math.min(limits.maxSide / w, limits.maxSide / h, Math.sqrt(limits.maxArea / (w * h)))
  const isReduced = fitting < requestedScale
  const scale = isReduced ? fitting : requestedScale
  // Rounding down keeps the reduced picture inside both limits; never below one pixel a side.
  return {
    scale,
    width: Math.max(1, Math.min(limits.maxSide, Math.floor(w * scale))),
    height: Math.max(1, Math.min(limits.maxSide, Math.floor(h * scale))),
    isReduced,
  }
}

/** The notice for a reduced export: what the user asked for, and what they got. */
export function describeReduction(size: RasterSize, requestedScale: number): string {
  const limit = `${MAX_CANVAS_SIDE.toLocaleString('en')} px a side, 268 million pixels in all`
  return (
    `The design is too large for a ${requestedScale}x PNG (a browser canvas holds at most ${limit}); ` +
    `exported at ${formatScale(size.scale)}x, ${size.width} x ${size.height} px. Export SVG for full resolution.`
  )
}

export function formatScale(scale: number): string {
  return Number.isInteger(scale) ? String(scale) : scale.toFixed(2)
}
