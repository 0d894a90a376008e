import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { asyncCallWithoutQueue } from './async-call-without-queue'

testRule(asyncCallWithoutQueue, {
  valid: [
    {
      name: 'a queue between the two services',
      design: design()
        .node('api', 'service')
        .node('q', 'queue')
        .node('worker', 'service')
        .edge('api', 'q', { mode: 'async', access: 'write' })
        .edge('q', 'worker', { mode: 'async', access: 'read' })
        .build(),
    },
    {
      name: 'a sync call handles its own failure',
      design: design().node('api', 'service').node('other', 'service').edge('api', 'other').build(),
    },
    {
      name: 'an async invoke of a function (the platform queues it)',
      design: design().node('api', 'service').node('fn', 'function').edge('api', 'fn', { mode: 'async' }).build(),
    },
    {
      name: 'a client is not a service',
      design: design().node('web', 'client').node('api', 'service').edge('web', 'api', { mode: 'async' }).build(),
    },
  ],
  invalid: [
    {
      name: 'issue 8 point 11: from a service and from a function straight into a service',
      design: design()
        .node('api', 'service', undefined, { label: 'Orders' })
        .node('fn', 'function', undefined, { label: 'Resize' })
        .node('mail', 'service', undefined, { label: 'Mailer' })
        .edge('api', 'mail', { mode: 'async', access: 'write' })
        .edge('fn', 'mail', { mode: 'async', access: 'write' })
        .build(),
      targets: ['edge:api-mail', 'edge:fn-mail'],
      messages: ['Orders calls Mailer asynchronously with no queue between: the work is lost when Mailer is down'],
    },
  ],
})
