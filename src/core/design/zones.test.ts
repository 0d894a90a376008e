import { describe, expect, it } from 'vitest'
import type { DesignNode } from './types'
import { indexZones } from './zones'

const zone = (id: string, parent?: string): DesignNode => ({ id, kind: 'zone', position: { x: 0, y: 0 }, ...(parent ? { parent } : {}) })
const card = (id: string, parent?: string): DesignNode => ({ id, kind: 'service', position: { x: 0, y: 0 }, ...(parent ? { parent } : {}) })

describe('indexZones', () => {
  const nodes = [card('api', 'az'), zone('az', 'region'), zone('region'), card('lone'), card('odd', 'lone')]
  const zones = indexZones({ nodes })

  it('knows parents, children and depth; a parent that is not a zone holds nothing', () => {
    expect([zones.parentOf('api'), zones.parentOf('az'), zones.parentOf('region'), zones.parentOf('odd')]).toEqual(['az', 'region', undefined, undefined])
    expect(zones.childrenOf('region').map((n) => n.id)).toEqual(['az'])
    expect(nodes.map((n) => zones.depthOf(n.id))).toEqual([2, 1, 0, 0, 0])
    expect([...zones.collectDescendants(['region'])]).toEqual(['az', 'api'])
  })

  it('sorts parents first and keeps file order within a depth', () => {
    expect(zones.sortOuterFirst(nodes).map((n) => n.id)).toEqual(['region', 'lone', 'odd', 'az', 'api'])
  })

  it('cuts a parent cycle instead of following it', () => {
    const cyclic = indexZones({ nodes: [zone('a', 'b'), zone('b', 'a'), zone('self', 'self'), card('x', 'a')] })
    expect([cyclic.depthOf('a'), cyclic.depthOf('b'), cyclic.depthOf('self')]).toEqual([1, 0, 0])
    expect([...cyclic.collectDescendants(['b'])].sort()).toEqual(['a', 'x'])
    expect(cyclic.childrenOf('a').map((n) => n.id)).toEqual(['x'])
  })
})
