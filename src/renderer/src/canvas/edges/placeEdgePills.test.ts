import { describe, expect, it } from 'vitest'
import { generateDesign } from '@core/analysis/fixtures/generateDesign'
import type { Design } from '@core/design/types'
import type { StoredRoute } from '@renderer/store'
import { createPillPlacer, placeEdgePills } from './placeEdgePills'

const NO_ROUTES = new Map()

function editNode(design: Design, id: string, change: object): Design {
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? { ...n, ...change } : n)) }
}

describe('createPillPlacer', () => {
  const design = generateDesign(120, 5)
  const service = design.nodes.find((n) => n.kind === 'service' && (n.props?.instances ?? 1) === 1)
  if (!service) throw new Error('the generated design has no single-instance service')
  const target = design.edges.find((e) => e.target === service.id)

  it('places the same pills as placeEdgePills', () => {
    expect(createPillPlacer()(design, NO_ROUTES)).toEqual(placeEdgePills(design, NO_ROUTES))
  })

  it('keeps the same places (the same Map) for an edit that moves no card and no edge end', () => {
    const place = createPillPlacer()
    const first = place(design, NO_ROUTES)
    expect(place(editNode(design, service.id, { label: 'Renamed' }), NO_ROUTES)).toBe(first)
  })

  it('places again when a routed edge ends at a node that becomes stacked, a card moves, an edge or the routes change', () => {
    if (!target) throw new Error('no edge into the service')
    const source = design.nodes.find((n) => n.id === target.source)
    if (!source) throw new Error('no source')
    // Enters the card from its right, level: the arrow of such a route stops before a stack (stopBeforeStack).
    const mid = { x: service.position.x + 300, y: service.position.y }
    const route: StoredRoute = {
      source: source.id,
      target: service.id,
      points: [source.position, mid, service.position],
      curve: 'orthogonal',
      sourceAt: source.position,
      targetAt: service.position,
    }
    const routes = new Map([[target.id, route]])
    const place = createPillPlacer()
    const first = place(design, routes)
    const stacked = editNode(design, service.id, { props: { ...service.props, instances: 3 } })
    // Without routes a stack changes no path (curves end at the card): the same places.
    expect(createPillPlacer()(stacked, NO_ROUTES)).toEqual(placeEdgePills(stacked, NO_ROUTES))
    const unrouted = createPillPlacer()
    const before = unrouted(design, NO_ROUTES)
    expect(unrouted(stacked, NO_ROUTES)).toBe(before)
    // With a route into it, its arrow now stops before the copies.
    const afterStack = place(stacked, routes)
    expect(afterStack).not.toBe(first)
    expect(afterStack).toEqual(placeEdgePills(stacked, routes))
    expect(afterStack.get(target.id)?.end).not.toEqual(first.get(target.id)?.end)
    const moved = editNode(stacked, service.id, { position: { x: service.position.x + 40, y: service.position.y } })
    expect(place(moved, routes)).toEqual(placeEdgePills(moved, routes))
    const withoutEdge = { ...moved, edges: moved.edges.slice(1) }
    expect(place(withoutEdge, routes)).toEqual(placeEdgePills(withoutEdge, routes))
    const again = place(withoutEdge, routes)
    expect(place(withoutEdge, NO_ROUTES)).not.toBe(again)
  })
})
