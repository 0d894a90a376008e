import { describe, expect, it } from 'vitest'
import { NODE_HEIGHT, NODE_WIDTH } from '../design/geometry'
import type { Design, DesignNode, Kind } from '../design/types'
import { buildElkGraph, expandSelection, ROOT_ID } from './buildElkGraph'
import type { ElkNodeJson } from './elkTypes'
import { MAX_PARTITION_PAIRS } from './ranks'

const node = (id: string, kind: Kind, parent?: string): DesignNode => ({ id, kind, position: { x: 0, y: 0 }, ...(parent ? { parent } : {}) })
const design = (nodes: DesignNode[], edges: Array<[string, string]> = []): Design =>
  Object.freeze({
    format: 'archsight',
    version: 2,
    name: 'Graph test',
    nodes,
    edges: edges.map(([source, target], i) => ({ id: `e${i}`, source, target, mode: 'sync' as const, access: 'read' as const })),
  })

function find(root: ElkNodeJson, id: string): ElkNodeJson | undefined {
  const stack = [root]
  while (stack.length > 0) {
    const current = stack.pop() as ElkNodeJson
    if (current.id === id) return current
    stack.push(...(current.children ?? []))
  }
  return undefined
}

describe('buildElkGraph', () => {
  const zoned = design(
    [node('user', 'client'), node('az', 'zone'), node('svc', 'service', 'az'), node('q', 'queue'), node('db', 'relational-db', 'az')],
    [
      ['user', 'svc'],
      ['svc', 'q'],
      ['q', 'svc'],
      ['svc', 'svc'],
      ['svc', 'db'],
    ],
  )

  it('nests zone children, sizes nodes from geometry and ranks them by role with ELK partitions', () => {
    const graph = buildElkGraph(zoned, { direction: 'DOWN' })
    expect(graph.id).toBe(ROOT_ID)
    expect(graph.layoutOptions).toMatchObject({ 'elk.direction': 'DOWN', 'elk.partitioning.activate': 'true' })
    expect(graph.children?.map((c) => c.id)).toEqual(['user', 'az', 'q'])
    const az = find(graph, 'az') as ElkNodeJson
    expect(az.children?.map((c) => c.id)).toEqual(['svc', 'db'])
    expect(az.layoutOptions?.['elk.partitioning.partition']).toBe('2')
    expect(find(graph, 'svc')).toMatchObject({ width: NODE_WIDTH, height: NODE_HEIGHT })
    // Top down, edges meet in the middle of a card's top border, clear of the badges on its right.
    expect(find(graph, 'svc')?.layoutOptions?.['elk.portAlignment.default']).toBe('CENTER')
    expect(find(buildElkGraph(zoned, { direction: 'RIGHT' }), 'svc')?.layoutOptions?.['elk.portAlignment.default']).toBeUndefined()
    const partitions = ['user', 'svc', 'q', 'db'].map((id) => find(graph, id)?.layoutOptions?.['elk.partitioning.partition'])
    expect(partitions).toEqual(['0', '2', '3', '4'])
  })

  it('points every edge from the earlier role to the later and drops self-loops', () => {
    const graph = buildElkGraph(zoned, { direction: 'RIGHT' })
    expect(graph.edges?.map((e) => `${e.id}:${e.sources[0]}>${e.targets[0]}`)).toEqual([
      'e0:user>svc',
      'e1:svc>q',
      'e2:svc>q',
      'e4:svc>db',
    ])
  })

  it('lays out a selection only, with the children of a selected zone, and only the edges inside it', () => {
    expect([...expandSelection(zoned, ['az', 'ghost'])].sort()).toEqual(['az', 'db', 'svc'])
    const graph = buildElkGraph(zoned, { direction: 'RIGHT', nodeIds: ['svc', 'q'] })
    expect(graph.children?.map((c) => c.id)).toEqual(['svc', 'q'])
    expect(graph.edges?.map((e) => e.id)).toEqual(['e1', 'e2'])
  })

  it('switches to first/last layer constraints when partitioning would add too many helper edges', () => {
    const count = Math.ceil(Math.sqrt(MAX_PARTITION_PAIRS)) + 1
    const nodes = [
      ...Array.from({ length: count }, (_, i) => node(`s${i}`, 'service')),
      ...Array.from({ length: count }, (_, i) => node(`q${i}`, 'queue')),
      node('user', 'client'),
      node('db', 'relational-db'),
      node('cache', 'cache'),
    ]
    const graph = buildElkGraph(design(nodes, [['user', 's0'], ['cache', 'db'], ['q0', 's0']]), { direction: 'RIGHT' })
    expect(graph.layoutOptions?.['elk.partitioning.activate']).toBeUndefined()
    expect(find(graph, 'user')?.layoutOptions).toEqual({ 'elk.layered.layering.layerConstraint': 'FIRST_SEPARATE' })
    expect(find(graph, 'db')?.layoutOptions).toEqual({ 'elk.layered.layering.layerConstraint': 'LAST_SEPARATE' })
    expect(find(graph, 's0')?.layoutOptions).toEqual({})
    // With populated zones the plain forms are used (elkjs throws on the _SEPARATE ones in compound graphs).
    const withZone = buildElkGraph(design([...nodes, node('az', 'zone'), node('svc-in-zone', 'service', 'az')]), { direction: 'RIGHT' })
    expect(find(withZone, 'user')?.layoutOptions).toEqual({ 'elk.layered.layering.layerConstraint': 'FIRST' })
    // Two last-layer nodes take no edge between them; the queue's delivery points at the queue.
    expect(graph.edges?.map((e) => `${e.sources[0]}>${e.targets[0]}`)).toEqual(['user>s0', 's0>q0'])
  })

  it('eases crossing minimisation on large designs only, where fewer sweeps find the same crossings', () => {
    const services = (count: number): DesignNode[] => Array.from({ length: count }, (_, i) => node(`s${i}`, 'service'))
    expect(buildElkGraph(design(services(149)), { direction: 'RIGHT' }).layoutOptions?.['elk.layered.thoroughness']).toBeUndefined()
    expect(buildElkGraph(design(services(150)), { direction: 'RIGHT' }).layoutOptions?.['elk.layered.thoroughness']).toBe('3')
    // A selection counts what is laid out, not the whole design.
    const selected = buildElkGraph(design(services(400)), { direction: 'RIGHT', nodeIds: ['s0', 's1'] })
    expect(selected.layoutOptions?.['elk.layered.thoroughness']).toBeUndefined()
  })
})
