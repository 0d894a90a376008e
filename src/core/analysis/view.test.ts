import { describe, expect, it } from 'vitest'
import { design } from '../testing/designBuilder'
import { createView } from './view'

describe('the design view', () => {
  const view = createView(
    design()
      .zone('region', { technology: 'region' })
      .zone('az', { parent: 'region' })
      .node('web', 'client')
      .node('api', 'service', undefined, { parent: 'az', label: '  ' })
      .node('cache', 'cache')
      .node('logs', 'logging')
      .node('q', 'queue')
      .node('worker', 'service')
      .node('db', 'relational-db', undefined, { label: 'Orders DB' })
      .edge('web', 'api')
      .edge('api', 'cache', { access: 'read' })
      .edge('api', 'logs', { access: 'write', optional: false })
      .edge('api', 'q', { mode: 'async', access: 'write' })
      .edge('q', 'worker', { mode: 'async', access: 'read' })
      .edge('worker', 'db', { access: 'write' })
      .edge('api', 'db', { access: 'read', optional: true })
      .build(),
  )

  it('classifies hard dependencies per catalogue.md', () => {
    expect(view.hardDependencies('api').map((e) => e.id)).toEqual(['api-logs', 'api-q'])
    expect(view.hardDependencies('q')).toEqual([])
    expect(view.edge('q-worker')?.isDelivery).toBe(true)
    expect(view.hardDependencies('worker').map((e) => e.id)).toEqual(['worker-db'])
  })

  it('names nodes by label, falling back to the id for blank labels', () => {
    expect(view.node('db')?.name).toBe('Orders DB')
    expect(view.node('api')?.name).toBe('api')
  })

  it('lists the nodes of one kind in design order, and none for a kind the design lacks', () => {
    expect(view.nodesOfKind('service').map((n) => n.id)).toEqual(['api', 'worker'])
    expect(view.nodesOfKind('zone').map((n) => n.id)).toEqual(['region', 'az'])
    expect(view.nodesOfKind('wide-column')).toEqual([])
    expect(view.nodesOfKind('service')[1]).toBe(view.node('worker'))
  })

  it('keeps incoming and outgoing edges in file order', () => {
    expect(view.node('db')?.incoming.map((e) => e.id)).toEqual(['worker-db', 'api-db'])
    expect(view.node('api')?.outgoing.map((e) => e.id)).toEqual(['api-cache', 'api-logs', 'api-q', 'api-db'])
  })

  it('finds entries, parent chains and redundancy', () => {
    expect(view.userFacingEntries.map((n) => n.id)).toEqual(['web'])
    expect(view.backgroundEntries.map((n) => n.id)).toEqual(['q'])
    expect(view.parentChain('api')).toEqual(['az', 'region'])
    expect(view.parentChain('web')).toEqual([])
    expect(view.node('q')?.isRedundant).toBe(true)
    expect(view.node('api')?.isRedundant).toBe(false)
  })

  it('walks user-facing flows through stateless tiers into brokers, stopping at stores', () => {
    const walk = view.walk
    expect(view.nodes.filter((n) => walk.isUserFacingNode(n)).map((n) => n.id)).toEqual([
      'web',
      'api',
      'cache',
      'logs',
      'q',
      'db',
    ])
    expect(walk.followedEdges.map((e) => e.id)).toEqual(['web-api', 'api-cache', 'api-logs', 'api-q', 'api-db'])
    expect(walk.writeTargets.map((n) => n.id)).toEqual(['api', 'logs', 'q'])
    expect(walk.readTargets.map((n) => n.id)).toEqual(['api', 'cache', 'db'])
  })

  it('takes nodes without incoming edges as entries when there is no client', () => {
    const noClients = createView(
      design().node('cron', 'function').node('db', 'key-value').node('lonely', 'service').node('loop', 'service')
        .edge('cron', 'db').edge('loop', 'loop').build(),
    )
    expect(noClients.userFacingEntries.map((n) => n.id)).toEqual(['cron'])
  })
})
