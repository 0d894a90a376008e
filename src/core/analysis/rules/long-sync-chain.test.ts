import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { longSyncChain } from './long-sync-chain'

const chain = (hops: number) => {
  const builder = design().node('web', 'client', undefined, { label: 'Web' })
  for (let i = 1; i <= hops; i++) builder.node(`s${i}`, 'service')
  for (let i = 1; i <= hops; i++) builder.edge(i === 1 ? 'web' : `s${i - 1}`, `s${i}`)
  return builder
}

testRule(longSyncChain, {
  valid: [
    { name: 'four hops', design: chain(4).build() },
    {
      name: 'issue 8 point 8: a dns lookup and a cdn pass-through are not hops (six edges, four hops)',
      design: design()
        .node('web', 'client')
        .node('dns', 'dns')
        .node('cdn', 'cdn')
        .node('lb', 'load-balancer')
        .node('api', 'service')
        .node('core', 'service')
        .node('db', 'relational-db')
        .edge('web', 'dns', { access: 'read' })
        .edge('dns', 'cdn')
        .edge('cdn', 'lb')
        .edge('lb', 'api')
        .edge('api', 'core')
        .edge('core', 'db')
        .build(),
    },
    { name: 'an async hop breaks the chain', design: chain(4)
      .node('q', 'queue')
      .node('w', 'service')
      .edge('s4', 'q', { mode: 'async' })
      .edge('q', 'w')
      .build() },
    { name: 'optional hops do not count', design: chain(4)
      .node('extra', 'service')
      .edge('s4', 'extra', { optional: true })
      .build() },
    {
      name: 'a cycle closes without counting',
      design: design()
        .node('web', 'client')
        .node('a', 'service')
        .node('b', 'service')
        .edge('web', 'a')
        .edge('a', 'b')
        .edge('b', 'a')
        .build(),
    },
  ],
  invalid: [
    {
      design: chain(5).build(),
      targets: ['node:web'],
      messages: ['Requests from Web wait on 5 synchronous hops in a row (Web -> s1 -> s2 -> s3 -> s4 -> s5)'],
    },
    {
      name: 'the longest path counts, not the first one the search finds',
      design: chain(3).node('x', 'service').node('y', 'service').edge('s1', 'x').edge('x', 'y').edge('y', 's2').build(),
      targets: ['node:web'],
      messages: ['wait on 5 synchronous hops'],
    },
    {
      name: 'issue 8 point 8: gateways, load balancers and stores are hops',
      design: design()
        .node('web', 'client', undefined, { label: 'Web' })
        .node('dns', 'dns')
        .node('gw', 'api-gateway')
        .node('lb', 'load-balancer')
        .node('api', 'service')
        .node('fn', 'function')
        .node('db', 'key-value')
        .edge('web', 'dns', { access: 'read' })
        .edge('dns', 'gw')
        .edge('gw', 'lb')
        .edge('lb', 'api')
        .edge('api', 'fn')
        .edge('fn', 'db')
        .build(),
      targets: ['node:web'],
      messages: ['Requests from Web wait on 5 synchronous hops in a row (Web -> dns -> gw -> lb -> api -> fn -> db)'],
    },
  ],
})
