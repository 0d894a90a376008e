import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { missingAutoscaling } from './missing-autoscaling'

const workload = { monthlyActiveUsers: 1000, readWriteRatio: 10 }

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
  ],
  invalid: [
    {
      design: design()
        .workload(workload)
        .node('web', 'client')
        .node('api', 'service', undefined, { label: 'API' })
        .node('inner', 'service', { instances: 3 })
        .edge('web', 'api')
        .edge('api', 'inner')
        .build(),
      targets: ['node:api', 'node:inner'],
      messages: ['API serves users with a fixed 1 instance:', 'inner serves users with a fixed 3 instances'],
    },
  ],
})
