import type { Rect } from '@core/design'

/**
 * Fit leaves room for what floats over the canvas: the heat toggle (top right), the zoom controls (bottom
 * left) and the minimap (bottom right), so no card ends up under them. Never zooms past 100 %.
 */
export const FIT_PADDING = { top: 64, right: 40, bottom: 150, left: 72 } as const

export const FIT_OPTIONS = { maxZoom: 1 } as const

export interface FitPadding {
  top: number
  right: number
  bottom: number
  left: number
}

/**
 * Where one axis of the design goes on screen, given its size at the chosen zoom: in the middle of the room the
 * floating controls leave when it fits there; else as near that middle as the canvas allows without cutting it;
 * else (larger than the canvas) in the middle of the canvas, so it overflows alike on both sides. React Flow's
 * `fitView` centres a design that is clamped at the smallest zoom in the padded room, which cut a large design
 * at the top and pushed it off the right edge.
 */
function placeAxis(size: number, canvas: number, before: number, after: number): number {
  const room = canvas - before - after
  const centred = before + (room - size) / 2
  if (size <= room) return centred
  if (size > canvas) return (canvas - size) / 2
  // Kept off the canvas's edges by up to 16 px, or alike on both sides when there is less room than that.
  const margin = Math.min(EDGE_MARGIN, (canvas - size) / 2)
  return Math.min(Math.max(centred, margin), canvas - size - margin)
}

const EDGE_MARGIN = 16

/** The view that shows `bounds` whole if any zoom in range can, and best placed otherwise. */
export function fitViewport(bounds: Rect, width: number, height: number, minZoom: number, maxZoom: number, padding: FitPadding): { x: number; y: number; zoom: number } {
  const roomX = Math.max(1, width - padding.left - padding.right)
  const roomY = Math.max(1, height - padding.top - padding.bottom)
  const wanted = Math.min(roomX / Math.max(1, bounds.width), roomY / Math.max(1, bounds.height))
  const zoom = Math.min(Math.max(wanted, minZoom), maxZoom)
  const left = placeAxis(bounds.width * zoom, width, padding.left, padding.right)
  const top = placeAxis(bounds.height * zoom, height, padding.top, padding.bottom)
  return { x: left - bounds.x * zoom, y: top - bounds.y * zoom, zoom }
}
