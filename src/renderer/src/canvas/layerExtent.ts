import type { ReactFlowState } from '@xyflow/react'

/**
 * The box the view's layer is sized to far out (LayerExtent.tsx): every node's box, rounded outward to a coarse
 * grid so that a drag or a new card moves it only when the design outgrows a cell, and a cell more on each side.
 * Kept coarse on purpose: each change of the box repaints its element and makes Chromium sort the layer again.
 */
export const EXTENT_CELL = 4096

export interface Extent {
  x: number
  y: number
  width: number
  height: number
}

type Lookup = Pick<ReactFlowState, 'nodeLookup'>['nodeLookup']

/** The design's rounded box in flow coordinates, or null for an empty design. One pass over the nodes, no allocation. */
export function computeLayerExtent(lookup: Lookup, cell = EXTENT_CELL): Extent | null {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const node of lookup.values()) {
    const { x, y } = node.internals.positionAbsolute
    const width = node.measured.width ?? node.width ?? 0
    const height = node.measured.height ?? node.height ?? 0
    if (x < minX) minX = x
    if (y < minY) minY = y
    if (x + width > maxX) maxX = x + width
    if (y + height > maxY) maxY = y + height
  }
  if (minX === Infinity) return null
  const left = (Math.floor(minX / cell) - 1) * cell
  const top = (Math.floor(minY / cell) - 1) * cell
  const right = (Math.ceil(maxX / cell) + 1) * cell
  const bottom = (Math.ceil(maxY / cell) + 1) * cell
  return { x: left, y: top, width: right - left, height: bottom - top }
}

/** The extent as a string, so a store selector re-renders only when the rounded box changes. */
export function layerExtentKey(lookup: Lookup): string {
  const extent = computeLayerExtent(lookup)
  return extent ? `${extent.x} ${extent.y} ${extent.width} ${extent.height}` : ''
}
