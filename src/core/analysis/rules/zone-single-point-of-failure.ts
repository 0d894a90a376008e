import { listNames, nodeTarget } from '../report'
import type { Rule } from '../types'

export const zoneSinglePointOfFailure: Rule = {
  meta: {
    id: 'zone-single-point-of-failure',
    severity: 'warning',
    category: 'reliability',
    description: 'A zone whose loss stops a user-facing flow',
    rationale:
      'Zones fail as a whole (power, network, a bad deploy). Three replicas in one availability zone are one ' +
      'failure away from an outage: spread each tier over at least two zones.',
  },
  check(view) {
    return view.failure.zones.map(({ zone, breaks }) => ({
      target: nodeTarget(zone),
      message: `Losing ${zone.name} stops every request from ${listNames(breaks.map((n) => n.name))}`,
    }))
  },
}
