import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { missingAutoscaling } from './missing-autoscaling'

const workload = { monthlyActiveUsers: 1000, readWriteRatio: 10 }
// About 190 requests/s at peak: 38 % of one 500 req/s instance, 13 % of three.
const busy = { monthlyActiveUsers: 20_000_000, readWriteRatio: 10 }

testRule(missingAutoscaling, {
  valid: [
    { name: 'no workload', design: design().node('web', 'client').node('api', 'service').edge('web', 'api').build() },
    {
      name: 'autoscaled',
      design: design()
        .workload(workload)
        .node('web', 'client')
        .node('api', 'service', { autoscaling: { min: 2, max: 6 } })
        .edge('web', 'api')
        .build(),
    },
    {
      name: 'a background consumer',
      design: design()
        .workload(workload)
        .node('q', 'queue')
        .node('worker', 'service')
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .build(),
    },
    {
      name: 'issue 8 point 9: a service at under 1 % of its capacity does not need telling',
      design: design().workload(workload).node('web', 'client').node('api', 'service').edge('web', 'api').build(),
    },
    {
      name: 'issue 8 point 9: a stateful service is not autoscaled by adding instances',
      design: design()
        .workload(busy)
        .node('web', 'client')
        .node('api', 'service', { stateless: false })
        .edge('web', 'api')
        .build(),
    },
  ],
  invalid: [
    {
      name: 'issue 8 point 9: at 25 % or more; the same traffic over three instances (13 %) is not reported',
      design: design()
        .workload(busy)
        .node('web', 'client')
        .node('api', 'service', undefined, { label: 'API' })
        .node('inner', 'service', { instances: 3 })
        .edge('web', 'api')
        .edge('api', 'inner')
        .build(),
      targets: ['node:api'],
      messages: ['API serves users with a fixed 1 instance at 38.1 % of its capacity at peak'],
    },
  ],
})
