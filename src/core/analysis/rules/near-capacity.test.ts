import { deriveWorkload } from '../workload'
import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { nearCapacity } from './near-capacity'

const workload = { monthlyActiveUsers: 10_000_000, readWriteRatio: 10 }
const peak = deriveWorkload(workload).peakRps

const atUtilisation = (utilisation: number) =>
  design()
    .workload(workload)
    .node('web', 'client')
    .node('api', 'service', { capacityRps: peak / utilisation })
    .edge('web', 'api')
    .build()

testRule(nearCapacity, {
  valid: [
    { name: '70 % is not near', design: atUtilisation(0.7) },
    { name: 'over capacity is another rule', design: atUtilisation(1.5) },
  ],
  invalid: [
    { name: '80 %', design: atUtilisation(0.8), targets: ['node:api'], messages: ['api runs at 80 % of its capacity'] },
    { name: 'exactly 100 %', design: atUtilisation(1), targets: ['node:api'] },
  ],
})
