import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { externalDependencyWithoutFallback } from './external-dependency-without-fallback'

testRule(externalDependencyWithoutFallback, {
  valid: [
    {
      name: 'the call is optional: the flow degrades without it',
      design: design()
        .node('web', 'client')
        .node('api', 'service')
        .node('pay', 'external', undefined, { technology: 'payment' })
        .edge('web', 'api')
        .edge('api', 'pay', { optional: true })
        .build(),
    },
    {
      name: 'through a queue and a worker (a background flow)',
      design: design()
        .node('web', 'client')
        .node('api', 'service')
        .node('q', 'queue')
        .node('worker', 'service')
        .node('mail', 'external', undefined, { technology: 'email' })
        .edge('web', 'api')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'mail', { access: 'write' })
        .build(),
    },
    {
      name: 'a crawler job reading the public web is not user-facing',
      design: design()
        .node('crawler', 'job', undefined, { technology: 'crawler' })
        .node('web', 'external', undefined, { technology: 'web' })
        .edge('crawler', 'web', { access: 'read' })
        .build(),
    },
  ],
  invalid: [
    {
      name: 'issue 8 point 12: a sync, non-optional call on a user-facing flow',
      design: design()
        .node('web', 'client')
        .node('api', 'service', undefined, { label: 'Checkout' })
        .node('pay', 'external', undefined, { technology: 'payment', label: 'Stripe' })
        .edge('web', 'api')
        .edge('api', 'pay')
        .build(),
      targets: ['edge:api-pay'],
      messages: ['Checkout waits on Stripe for every request: when the provider is down, the flow fails with it'],
    },
  ],
})
