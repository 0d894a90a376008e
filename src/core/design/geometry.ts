import type { Design, DesignNode } from './types'
import { indexZones } from './zones'

/**
 * Positions in a design file are absolute canvas coordinates (top-left corner of the node), also for nodes
 * inside a zone. A zone has no stored size: it is drawn around its children. The canvas, the SVG/PNG export
 * and the layout all take sizes from here so the pictures agree.
 */

export const NODE_WIDTH = 184
export const NODE_HEIGHT = 68
export const ZONE_PADDING = 28
export const ZONE_HEADER = 28
export const EMPTY_ZONE_WIDTH = 320
export const EMPTY_ZONE_HEIGHT = 200

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/**
 * The last rectangles worked out for a list of nodes, with the nodes they were worked out from: one edit asks
 * for the same list's rectangles several times (the edit itself, the canvas's placement, the pills, the export),
 * about 1.5 ms each at 1,000 nodes. A list whose elements are not all the same objects is worked out again.
 */
const rectsByNodes = new WeakMap<readonly DesignNode[], { nodes: readonly DesignNode[]; rects: ReadonlyMap<string, Readonly<Rect>> }>()

const isSameList = (a: readonly DesignNode[], b: readonly DesignNode[]): boolean => a.length === b.length && a.every((node, i) => node === b[i])

/**
 * Every node's rectangle; zones enclose their (possibly nested) children. Parent cycles are cut, never followed.
 * Shared between callers for the same list of nodes: read-only.
 */
export function computeNodeRects(design: Pick<Design, 'nodes'>): ReadonlyMap<string, Readonly<Rect>> {
  const cached = rectsByNodes.get(design.nodes)
  if (cached && isSameList(cached.nodes, design.nodes)) return cached.rects
  const rects = workOutRects(design)
  rectsByNodes.set(design.nodes, { nodes: design.nodes.slice(), rects })
  return rects
}

/** Records `rects` as the rectangles of `design`'s nodes, for a caller that knows they are (designOps.normalizeZones). */
export function rememberNodeRects(design: Pick<Design, 'nodes'>, rects: ReadonlyMap<string, Readonly<Rect>>): void {
  rectsByNodes.set(design.nodes, { nodes: design.nodes.slice(), rects })
}

function workOutRects(design: Pick<Design, 'nodes'>): Map<string, Rect> {
  const zones = indexZones(design)
  const rects = new Map<string, Rect>()
  const visiting = new Set<string>()

  const rectOf = (node: DesignNode): Rect => {
    const known = rects.get(node.id)
    if (known) return known
    let rect: Rect
    if (node.kind !== 'zone') {
      rect = { x: node.position.x, y: node.position.y, width: NODE_WIDTH, height: NODE_HEIGHT }
    } else {
      visiting.add(node.id)
      const inner = zones.childrenOf(node.id).filter((c) => !visiting.has(c.id)).map(rectOf)
      visiting.delete(node.id)
      if (inner.length === 0) {
        rect = { x: node.position.x, y: node.position.y, width: EMPTY_ZONE_WIDTH, height: EMPTY_ZONE_HEIGHT }
      } else {
        const box = unionRects(inner)
        rect = {
          x: box.x - ZONE_PADDING,
          y: box.y - ZONE_PADDING - ZONE_HEADER,
          width: box.width + 2 * ZONE_PADDING,
          height: box.height + 2 * ZONE_PADDING + ZONE_HEADER,
        }
      }
    }
    rects.set(node.id, rect)
    return rect
  }

  for (const node of design.nodes) rectOf(node)
  return rects
}

export function unionRects(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 }
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const r of rects) {
    minX = Math.min(minX, r.x)
    minY = Math.min(minY, r.y)
    maxX = Math.max(maxX, r.x + r.width)
    maxY = Math.max(maxY, r.y + r.height)
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}
