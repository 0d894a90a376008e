import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { loadBalancerWithoutHealthChecks } from './load-balancer-without-health-checks'

testRule(loadBalancerWithoutHealthChecks, {
  valid: [
    design().node('lb', 'load-balancer').build(),
    design().node('lb', 'load-balancer', { healthChecks: true }).build(),
  ],
  invalid: [
    {
      design: design().node('lb', 'load-balancer', { healthChecks: false }, { label: 'Edge LB' }).build(),
      targets: ['node:lb'],
      messages: ['Edge LB has health checks off'],
    },
  ],
})
