import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDesign } from '../design/parse'
import type { Design } from '../design/types'
import { design } from '../testing/designBuilder'
import { deepFreeze } from '../testing/ruleTester'
import type { FailureTarget } from './failureTable'
import { evaluateScenario, resolveFailures } from './scenario'
import { createView } from './view'

function loadExample(name: string): Design {
  const parsed = parseDesign(readFileSync(resolve(__dirname, '../../../../shared/examples', name), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.design
}

const node = (id: string): FailureTarget => ({ type: 'node', id })
const zone = (id: string): FailureTarget => ({ type: 'zone', id })
const edge = (id: string): FailureTarget => ({ type: 'edge', id })

describe('what-if on the Twitter example', () => {
  const view = createView(loadExample('twitter-timeline.archsight'))

  it('says in words who fails and why, traced to the failed node', () => {
    const scenario = evaluateScenario(view, [node('timeline-svc')])
    expect(scenario.breaks).toEqual(['web', 'mobile'])
    expect(scenario.severity).toBe('error')
    expect(scenario.effects).toEqual([
      {
        effect: 'breaks',
        node: 'web',
        message: 'Web cannot complete "GET /timeline": Timeline service is down (API load balancer has no read target left)',
      },
      {
        effect: 'breaks',
        node: 'mobile',
        message:
          'Mobile app cannot complete "GET /timeline": Timeline service is down (API load balancer has no read target left)',
      },
    ])
  })

  it('gives every node a state: failed and unable to serve are down, clients included', () => {
    const { states } = evaluateScenario(view, [node('fanout-worker'), node('timeline-cache')])
    expect(states).toEqual({
      web: 'degraded',
      mobile: 'degraded',
      lb: 'degraded',
      'timeline-svc': 'degraded',
      'tweet-svc': 'up',
      'timeline-cache': 'down',
      'tweets-db': 'up',
      fanout: 'stalled',
      'fanout-worker': 'down',
      logs: 'up',
    })
  })

  it('describes degraded entries and stalled brokers', () => {
    const scenario = evaluateScenario(view, [node('fanout-worker'), node('timeline-cache')])
    expect(scenario.severity).toBe('warning')
    expect(scenario.effects.map((e) => e.message)).toEqual([
      'Web still works without Timeline cache: Timeline cache is down',
      'Mobile app still works without Timeline cache: Timeline cache is down',
      'Background work from New tweets topic waits: Fan-out worker is down',
    ])
  })

  it('lists every store still serving with its CAP sentence, and none that is down', () => {
    const { stores } = evaluateScenario(view, [node('timeline-cache')])
    expect(stores.map((s) => s.node)).toEqual(['tweets-db', 'fanout', 'logs'])
    expect(stores[0]).toEqual({
      node: 'tweets-db',
      label: 'CP',
      sentence: expect.stringContaining('The primary refuses when unreachable') as unknown as string,
      mayLoseWrites: true,
    })
  })

  it('changes nothing in the design it evaluates', () => {
    const frozen = deepFreeze(loadExample('twitter-timeline.archsight'))
    const before = JSON.stringify(frozen)
    evaluateScenario(createView(frozen), [edge('lb-timeline'), node('tweets-db')])
    expect(JSON.stringify(frozen)).toBe(before)
  })
})

describe('what-if with several failures at once', () => {
  const twoZones = design()
    .zone('az-a')
    .zone('az-b')
    .node('web', 'client', undefined, { label: 'Web client' })
    .node('lb', 'load-balancer', { instances: 2 })
    .node('api-a', 'service', { instances: 2 }, { parent: 'az-a' })
    .node('api-b', 'service', { instances: 2 }, { parent: 'az-b' })
    .node('db', 'relational-db', { replicas: 1, replication: 'async', failover: 'automatic' }, { parent: 'az-a', label: 'Orders DB' })
    .edge('web', 'lb')
    .edge('lb', 'api-a')
    .edge('lb', 'api-b')
    .edge('api-a', 'db')
    .edge('api-b', 'db')
    .build()
  const view = createView(twoZones)

  it('survives one zone when the other still has a path, and fails with both', () => {
    expect(evaluateScenario(view, [zone('az-b')]).breaks).toEqual([])
    const both = evaluateScenario(view, [zone('az-a'), zone('az-b')])
    expect(both.breaks).toEqual(['web'])
    expect(both.states).toMatchObject({ 'az-a': 'down', 'az-b': 'down', lb: 'down', web: 'down' })
  })

  it('names the zone a node went down with', () => {
    const [effect] = evaluateScenario(view, [zone('az-a')]).effects
    // api-b is down too (its database is in az-a); the trace follows what failed first.
    expect(effect.message).toBe('Web client cannot be served: api-a is down with az-a (lb has no target left)')
  })

  it('combines a node and a cut link', () => {
    const scenario = evaluateScenario(view, [node('api-a'), edge('api-b-db')])
    expect(scenario.breaks).toEqual(['web'])
    expect(scenario.states).toMatchObject({ 'api-a': 'down', 'api-b': 'down', db: 'up' })
    const cut = evaluateScenario(view, [edge('api-a-db'), edge('api-b-db')])
    expect(cut.effects[0].message).toBe('Web client cannot be served: the link from api-a to Orders DB is cut')
  })

  it('says a failed entry is down, without inventing a cause', () => {
    expect(evaluateScenario(view, [node('web')]).effects[0].message).toBe('Web client is down')
  })

  it('drops repeated failures and reads a node id that names a zone as the zone', () => {
    expect(evaluateScenario(view, [node('az-a'), zone('az-a'), edge('lb-api-a'), edge('lb-api-a')]).fails).toEqual([
      zone('az-a'),
      edge('lb-api-a'),
    ])
  })
})

describe('resolveFailures', () => {
  it('finds nodes, zones and edges by id and returns the ids that name nothing', () => {
    const view = createView(design().zone('az').node('a', 'service').node('b', 'service').edge('a', 'b').build())
    expect(resolveFailures(view, ['a', 'az', 'a-b', 'A', 'nope'])).toEqual({
      fails: [node('a'), zone('az'), edge('a-b')],
      unknown: ['A', 'nope'],
    })
  })
})

describe('what-if on background flows and cut deliveries', () => {
  const view = createView(loadExample('ticketmaster-onsale.archsight'))

  it('stalls the queue when its only delivery is cut, and says which link', () => {
    const scenario = evaluateScenario(view, [edge('deliver-order')])
    expect([scenario.breaks, scenario.stalls, scenario.severity]).toEqual([[], ['orders-queue'], 'warning'])
    expect(scenario.effects[0].message).toBe(
      'Background work from Orders queue waits: the link from Orders queue to Payment worker is cut',
    )
    expect(scenario.states).toMatchObject({ 'orders-queue': 'stalled', 'payment-worker': 'up' })
  })

  it('traces a stall to the store the consumer needs', () => {
    expect(evaluateScenario(view, [node('orders-db')]).effects.map((e) => e.message)).toEqual([
      'Background work from Orders queue waits: Orders DB is down (Payment worker needs it)',
    ])
  })
})
