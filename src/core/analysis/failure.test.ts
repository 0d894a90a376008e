import { describe, expect, it } from 'vitest'
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
