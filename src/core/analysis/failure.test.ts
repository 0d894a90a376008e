import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryDesign } from '../testing/arbitraries'
import { design } from '../testing/designBuilder'
import { FailureModel } from './failure'
import { createView } from './view'

function downAfter(view: ReturnType<typeof createView>, failed: string[]): string[] {
  const model = new FailureModel(view)
  const ids = model.fail(failed.map((id) => view.node(id)?.index ?? -1)).map((i) => view.nodes[i].id)
  model.reset()
  return ids.sort()
}

describe('failure travels as the greatest fixed point', () => {
  const view = createView(
    design()
      .node('web', 'client')
      .node('dns', 'dns')
      .node('lb1', 'load-balancer')
      .node('lb2', 'load-balancer')
      .node('api', 'service')
      .node('q', 'queue')
      .node('worker', 'service')
      .node('cache', 'cache')
      .node('db', 'relational-db')
      .edge('web', 'dns')
      .edge('dns', 'lb1')
      .edge('dns', 'lb2')
      .edge('lb1', 'api')
      .edge('lb2', 'api')
      .edge('api', 'cache')
      .edge('api', 'q', { mode: 'async', access: 'write' })
      .edge('q', 'worker', { mode: 'async', access: 'read' })
      .edge('worker', 'db', { access: 'write' })
      .edge('worker', 'api')
      .build(),
  )

  it('routes dns around one dead balancer, not around both', () => {
    expect(downAfter(view, ['lb1'])).toEqual(['lb1'])
    expect(downAfter(view, ['lb1', 'lb2'])).toEqual(['dns', 'lb1', 'lb2', 'web'])
  })

  it('fails producers with their broker, never through deliveries or optional cache edges', () => {
    expect(downAfter(view, ['q'])).toEqual(['api', 'dns', 'lb1', 'lb2', 'q', 'web', 'worker'])
    expect(downAfter(view, ['db'])).toEqual(['db', 'worker'])
    expect(downAfter(view, ['cache'])).toEqual(['cache'])
  })

  it('restores the all-up state after each run', () => {
    const model = new FailureModel(view)
    const first = [...model.fail([view.node('lb1')?.index as number])]
    model.reset()
    model.fail([view.node('lb2')?.index as number])
    model.reset()
    expect([...model.fail([view.node('lb1')?.index as number])]).toEqual(first)
  })
})

describe('single points of failure and zones', () => {
  it('lists nodes in file order with the flows they break', () => {
    const view = createView(
      design()
        .zone('az')
        .node('web', 'client')
        .node('mobile', 'client')
        .node('api', 'service', undefined, { parent: 'az' })
        .node('q', 'queue', undefined, { parent: 'az' })
        .node('worker', 'service', { instances: 2 }, { parent: 'az' })
        .node('db', 'relational-db')
        .edge('mobile', 'api')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'db', { access: 'write' })
        .build(),
    )
    expect(view.failure.spof).toEqual([
      { node: 'api', scope: 'user-facing', breaks: ['mobile'] },
      { node: 'db', scope: 'background', breaks: ['q'] },
    ])
    expect(view.failure.zones.map((z) => [z.zone.id, z.breaks.map((n) => n.id)])).toEqual([['az', ['mobile']]])
  })

  it('finds nothing in an empty design or a design of clients', () => {
    expect(createView(design().build()).failure).toEqual({ spof: [], zones: [] })
    expect(createView(design().node('a', 'client').node('b', 'client').edge('a', 'b').build()).failure.spof).toEqual([])
  })
})

/** The definition, evaluated the slow way: iterate every node's rule until nothing changes. */
function computeSpofNaively(view: ReturnType<typeof createView>): { node: string; scope: string; breaks: string[] }[] {
  const evaluate = (failed: Set<number>): boolean[] => {
    const up = view.nodes.map((n) => !failed.has(n.index))
    for (let changed = true; changed; ) {
      changed = false
      for (const node of view.nodes) {
        if (!up[node.index]) continue
        const hard = node.outgoing.filter((e) => e.isHard)
        const isRouter = node.kind === 'load-balancer' || node.kind === 'dns'
        const ok = isRouter
          ? [hard.filter((e) => e.reads), hard.filter((e) => e.writes)].every(
              (kind) => kind.length === 0 || kind.some((e) => up[e.target.index]),
            )
          : hard.every((e) => up[e.target.index])
        if (!ok) {
          up[node.index] = false
          changed = true
        }
      }
    }
    return up
  }
  const result: { node: string; scope: string; breaks: string[] }[] = []
  for (const node of view.nodes) {
    if (node.kind === 'client' || node.kind === 'zone' || node.isRedundant) continue
    const up = evaluate(new Set([node.index]))
    const entries = view.userFacingEntries.filter((e) => !up[e.index]).map((e) => e.id)
    const brokers = view.backgroundEntries
      .filter((b) => b.outgoing.length > 0)
      .filter((b) => {
        if (!up[b.index]) return true
        const consumersUp = b.outgoing.map((e) => up[e.target.index])
        return b.kind === 'queue' ? !consumersUp.some(Boolean) : !consumersUp.every(Boolean)
      })
      .map((b) => b.id)
    if (entries.length > 0) result.push({ node: node.id, scope: 'user-facing', breaks: entries })
    else if (brokers.length > 0) result.push({ node: node.id, scope: 'background', breaks: brokers })
  }
  return result
}

describe('the fast failure model agrees with the definition', () => {
  it('on random designs heavy in routers, services and brokers', () => {
    const kinds = ['client', 'dns', 'load-balancer', 'service', 'service', 'queue', 'pubsub', 'cache', 'relational-db']
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 18, maxEdges: 40, kinds: kinds as never }), (built) => {
        const view = createView(built)
        expect(view.failure.spof).toEqual(computeSpofNaively(view))
      }),
      { numRuns: 300 },
    )
  })
})
