import { deriveWorkload } from '../workload'
import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { noHeadroomForFailure } from './no-headroom-for-failure'

const workload = { monthlyActiveUsers: 10_000_000, readWriteRatio: 10 }
const peak = deriveWorkload(workload).peakRps

const twoInstances = (perInstance: number, extra: Record<string, unknown> = {}) =>
  design()
    .workload(workload)
    .node('web', 'client')
    .node('api', 'service', { instances: 2, capacityRps: perInstance, ...extra })
    .edge('web', 'api')
    .build()

testRule(noHeadroomForFailure, {
  valid: [
    { name: 'one instance carries the peak', design: twoInstances(peak * 1.01) },
    { name: 'over capacity is another rule', design: twoInstances(peak / 4) },
    {
      name: 'managed services scale inside the provider',
      design: design()
        .workload(workload)
        .node('web', 'client')
        .node('fn', 'function', { capacityRps: peak / 0.9 })
        .edge('web', 'fn')
        .build(),
    },
    {
      name: 'a relational-db reading from the primary keeps its capacity through a replica loss',
      design: design()
        .workload(workload)
        .node('web', 'client')
        .node('db', 'relational-db', {
          replicas: 1,
          replication: 'sync',
          failover: 'automatic',
          capacityRps: peak / 0.9,
        })
        .edge('web', 'db')
        .build(),
    },
  ],
  invalid: [
    { name: 'two at 60 % become one at 120 %', design: twoInstances(peak / 1.2), targets: ['node:api'] },
    {
      name: 'autoscaling max minus one',
      design: twoInstances(peak / 2.5, { autoscaling: { min: 2, max: 3 } }),
      targets: ['node:api'],
      messages: ['fit with one instance lost'],
    },
    {
      name: 'reads spread over replicas lose one replica',
      design: design()
        .workload(workload)
        .node('web', 'client')
        .node('db', 'relational-db', {
          replicas: 1,
          replication: 'async',
          failover: 'automatic',
          readFrom: 'replicas',
          capacityRps: peak / 1.5,
        })
        .edge('web', 'db')
        .build(),
      targets: ['node:db'],
    },
  ],
})
