import { describe, expect, it } from 'vitest'
import { createEmptyDesign, type Design } from '@core/design/types'
import { NODE_HEIGHT, NODE_WIDTH, ZONE_HEADER, ZONE_PADDING } from '@core/design/geometry'
import { createEdgeMapper, createNodeMapper, isSameLayout, reuseUnchangedNodes, toAbsoluteMoves } from './flowMapping'

function designWithZone(): Design {
  return {
    ...createEmptyDesign(),
    nodes: [
      { id: 'api', kind: 'service', parent: 'az', position: { x: 200, y: 300 } },
      { id: 'az', kind: 'zone', technology: 'availability-zone', position: { x: 0, y: 0 } },
      { id: 'db', kind: 'relational-db', position: { x: 600, y: 300 } },
    ],
    edges: [{ id: 'api-db', source: 'api', target: 'db', mode: 'sync', access: 'read-write' }],
  }
}

describe('design <-> flow mapping', () => {
  it('draws zones around their children, lists parents first and makes child positions relative', () => {
    const nodes = createNodeMapper()(designWithZone(), new Set(['db']))
    expect(nodes.map((n) => n.id)).toEqual(['az', 'api', 'db'])
    const zone = nodes[0]
    expect(zone).toMatchObject({ type: 'zone', position: { x: 200 - ZONE_PADDING, y: 300 - ZONE_PADDING - ZONE_HEADER } })
    expect(zone.width).toBe(NODE_WIDTH + 2 * ZONE_PADDING)
    expect(nodes[1]).toMatchObject({ parentId: 'az', position: { x: ZONE_PADDING, y: ZONE_PADDING + ZONE_HEADER } })
    expect(nodes[2]).toMatchObject({ selected: true, width: NODE_WIDTH, height: NODE_HEIGHT })
  })

  it('keeps a card in its place in the list when it changes zone (React would move every card it passed), zones outer first', () => {
    const design: Design = {
      ...designWithZone(),
      nodes: [
        { id: 'web', kind: 'service', position: { x: 900, y: 0 } },
        { id: 'api', kind: 'service', parent: 'az', position: { x: 200, y: 300 } },
        { id: 'inner', kind: 'zone', technology: 'availability-zone', parent: 'region', position: { x: 0, y: 0 } },
        { id: 'az', kind: 'zone', technology: 'availability-zone', parent: 'inner', position: { x: 0, y: 0 } },
        { id: 'region', kind: 'zone', technology: 'region', position: { x: 0, y: 0 } },
        { id: 'db', kind: 'relational-db', position: { x: 600, y: 300 } },
      ],
    }
    const mapNodes = createNodeMapper()
    const before = mapNodes(design, new Set()).map((n) => n.id)
    expect(before).toEqual(['region', 'inner', 'az', 'web', 'api', 'db'])
    const out: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'api' ? { id: 'api', kind: 'service', position: { x: 1200, y: 300 } } : n)) }
    const into: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'web' ? { ...n, parent: 'az' } : n)) }
    expect(mapNodes(out, new Set()).map((n) => n.id)).toEqual(before)
    expect(mapNodes(into, new Set()).map((n) => n.id)).toEqual(before)
  })

  it('converts a relative drag position back to absolute', () => {
    const design = designWithZone()
    const moves = toAbsoluteMoves(design, [
      { id: 'api', parentId: 'az', position: { x: ZONE_PADDING + 10, y: ZONE_PADDING + ZONE_HEADER + 20 } },
      { id: 'db', position: { x: 700, y: 320 } },
    ])
    expect(moves.get('api')).toEqual({ x: 210, y: 320 })
    expect(moves.get('db')).toEqual({ x: 700, y: 320 })
  })

  it('round-trips: mapping a design and converting back gives its absolute positions', () => {
    const design = designWithZone()
    const nodes = createNodeMapper()(design, new Set())
    const moves = toAbsoluteMoves(design, nodes.filter((n) => n.type !== 'zone'))
    expect(moves.get('api')).toEqual({ x: 200, y: 300 })
  })

  it('returns the same node and edge objects for what an edit did not touch', () => {
    const mapNodes = createNodeMapper()
    const mapEdges = createEdgeMapper()
    const design = designWithZone()
    const first = mapNodes(design, new Set())
    const firstEdges = mapEdges(design, new Set())
    const moved: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'db' ? { ...n, position: { x: 650, y: 300 } } : n)) }
    const second = mapNodes(moved, new Set())
    expect(second[0]).toBe(first[0])
    expect(second[1]).toBe(first[1])
    expect(second[2]).not.toBe(first[2])
    expect(mapEdges(moved, new Set())[0]).toBe(firstEdges[0])
    expect(mapEdges(moved, new Set(['api-db']))[0]).toMatchObject({ selected: true })
  })

  it('keeps the placements when an edit moves no card, and hands back the same edge array when no edge changed', () => {
    const mapNodes = createNodeMapper()
    const mapEdges = createEdgeMapper()
    const design = designWithZone()
    const first = mapNodes(design, new Set())
    const firstEdges = mapEdges(design, new Set())
    const relabelled: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'api' ? { ...n, label: 'Orders API' } : n)) }
    const second = mapNodes(relabelled, new Set())
    // Same order, same positions; only the edited node is a new object, carrying the new node.
    expect(second.map((n) => n.id)).toEqual(first.map((n) => n.id))
    expect(second[1]).not.toBe(first[1])
    expect(second[1]).toMatchObject({ position: first[1].position, parentId: 'az', data: { node: { label: 'Orders API' } } })
    expect(second[0]).toBe(first[0])
    expect(mapEdges(relabelled, new Set())).toBe(firstEdges)
    // A move after the kept placements is still placed afresh.
    const moved: Design = { ...relabelled, nodes: relabelled.nodes.map((n) => (n.id === 'api' ? { ...n, position: { x: 260, y: 300 } } : n)) }
    expect(mapNodes(moved, new Set())[1].position).toEqual({ x: ZONE_PADDING, y: ZONE_PADDING + ZONE_HEADER })
    expect(mapNodes(moved, new Set())[0].width).toBe(NODE_WIDTH + 2 * ZONE_PADDING)
    expect(mapEdges(moved, new Set(['api-db']))).not.toBe(firstEdges)
  })

  it('tells a layout change from an edit that moves nothing', () => {
    const design = designWithZone()
    const nodes = design.nodes
    expect(isSameLayout(nodes, nodes.map((n) => ({ ...n, label: 'x' })))).toBe(true)
    expect(isSameLayout(nodes, nodes.map((n) => (n.id === 'db' ? { ...n, position: { x: 601, y: 300 } } : n)))).toBe(false)
    expect(isSameLayout(nodes, nodes.map((n) => (n.id === 'api' ? { ...n, parent: undefined } : n)))).toBe(false)
    expect(isSameLayout(nodes, nodes.slice(1))).toBe(false)
    expect(isSameLayout(nodes, [...nodes].reverse())).toBe(false)
    expect(isSameLayout(nodes, nodes.map((n) => ({ ...n })), () => false)).toBe(false)
  })

  it('hands back the same edge array when no edge changed, so React Flow does not re-index them all', () => {
    const mapEdges = createEdgeMapper()
    const design = designWithZone()
    const first = mapEdges(design, new Set())
    const moved: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'db' ? { ...n, position: { x: 650, y: 300 } } : n)) }
    expect(mapEdges(moved, new Set())).toBe(first)
    const selected = mapEdges(moved, new Set(['api-db']))
    expect(selected).not.toBe(first)
    expect(selected[0]).toMatchObject({ selected: true })
  })

  it('keeps the node objects React Flow holds when the new ones say the same, and takes the ones that moved', () => {
    const mapNodes = createNodeMapper()
    const design = designWithZone()
    // React Flow's local copy after a measurement: equal content, other objects.
    const held = mapNodes(design, new Set()).map((n) => ({ ...n, measured: { ...n.measured } }))
    const moved: Design = { ...design, nodes: design.nodes.map((n) => (n.id === 'db' ? { ...n, position: { x: 650, y: 300 } } : n)) }
    const derived = mapNodes(moved, new Set())
    const next = reuseUnchangedNodes(held, derived)
    expect(next[0]).toBe(held[0])
    expect(next[1]).toBe(held[1])
    expect(next[2]).toBe(derived[2])
    expect(next[2].position).toEqual({ x: 650, y: 300 })
    expect(reuseUnchangedNodes(next, derived)).toBe(next)
    expect(reuseUnchangedNodes(held, mapNodes(moved, new Set(['api'])))[1]).toMatchObject({ selected: true })
  })
})
