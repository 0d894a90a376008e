import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { statefulServiceWithoutStickySessions } from './stateful-service-without-sticky-sessions'

const stateful = (lbProps?: Record<string, unknown>) =>
  design()
    .node('lb', 'load-balancer', lbProps)
    .node('app', 'service', { instances: 2, stateless: false })
    .node('api', 'service', { instances: 2 })
    .edge('lb', 'app')
    .edge('lb', 'api')
    .build()

testRule(statefulServiceWithoutStickySessions, {
  valid: [
    stateful({ stickySessions: true }),
    stateful({ algorithm: 'ip-hash' }),
    design().node('lb', 'load-balancer').node('api', 'service').edge('lb', 'api').build(),
  ],
  invalid: [
    { design: stateful(), targets: ['node:lb'], messages: ['without sticky sessions, but app keeps sessions'] },
  ],
})
