import { deriveWorkload } from '../workload'
import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { overCapacity } from './over-capacity'

const workload = { monthlyActiveUsers: 10_000_000, readWriteRatio: 10 }
const peak = deriveWorkload(workload).peakRps

const withCapacity = (capacityRps: number) =>
  design()
    .workload(workload)
    .node('web', 'client')
    .node('api', 'service', { capacityRps }, { label: 'API' })
    .edge('web', 'api')
    .build()

testRule(overCapacity, {
  valid: [
    { name: 'exactly at capacity', design: withCapacity(peak) },
    { name: 'no workload, no load', design: design()
      .node('web', 'client')
      .node('api', 'service', { capacityRps: 1 })
      .edge('web', 'api')
      .build() },
    { name: 'nodes without capacity are never checked', design: design()
      .workload(workload)
      .node('web', 'client')
      .node('cdn', 'cdn')
      .edge('web', 'cdn')
      .build() },
  ],
  invalid: [{ design: withCapacity(peak / 2), targets: ['node:api'], messages: ['(200 %)'] }],
})
