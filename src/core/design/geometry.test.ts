import { describe, expect, it } from 'vitest'
import { generateDesign } from '../analysis/fixtures/generateDesign'
import { moveNodes, normalizeZones } from './edit/designOps'
import { computeNodeRects, NODE_HEIGHT, NODE_WIDTH, ZONE_HEADER, ZONE_PADDING } from './geometry'
import type { DesignNode } from './types'

/** The rectangles worked out afresh, for comparison with the shared ones (a copy of the list is a new key). */
const fresh = (nodes: readonly DesignNode[]) => computeNodeRects({ nodes: nodes.slice() })

describe('computeNodeRects, shared per list of nodes', () => {
  it('hands back the same rectangles for the same list, and works them out again for a list changed in place', () => {
    const nodes: DesignNode[] = [
      { id: 'z', kind: 'zone', position: { x: 0, y: 0 } },
      { id: 'a', kind: 'service', position: { x: 100, y: 100 }, parent: 'z' },
    ]
    const first = computeNodeRects({ nodes })
    expect(computeNodeRects({ nodes })).toBe(first)
    expect(first.get('z')).toEqual({ x: 100 - ZONE_PADDING, y: 100 - ZONE_PADDING - ZONE_HEADER, width: NODE_WIDTH + 2 * ZONE_PADDING, height: NODE_HEIGHT + 2 * ZONE_PADDING + ZONE_HEADER })
    nodes.push({ id: 'b', kind: 'service', position: { x: 400, y: 100 }, parent: 'z' })
    const grown = computeNodeRects({ nodes })
    expect(grown).not.toBe(first)
    expect(grown.get('z')?.width).toBe(300 + NODE_WIDTH + 2 * ZONE_PADDING)
    nodes[1] = { ...nodes[1], position: { x: 50, y: 100 } }
    expect(computeNodeRects({ nodes }).get('z')?.x).toBe(50 - ZONE_PADDING)
  })

  it('after normalizeZones and after a move, the shared rectangles are those worked out afresh', () => {
    const design = generateDesign(300)
    const normalized = normalizeZones(design)
    expect(normalized).not.toBe(design)
    expect(new Map(computeNodeRects(normalized))).toEqual(new Map(fresh(normalized.nodes)))
    const card = normalized.nodes.find((n) => n.kind !== 'zone' && n.parent) as DesignNode
    const moved = moveNodes(normalized, new Map([[card.id, { x: card.position.x + 700, y: card.position.y + 260 }]]))
    expect(new Map(computeNodeRects(moved))).toEqual(new Map(fresh(moved.nodes)))
  })
})
