import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { dualWrite } from './dual-write'

testRule(dualWrite, {
  valid: [
    {
      name: 'only the store',
      design: design()
        .node('api', 'service')
        .node('db', 'relational-db')
        .edge('api', 'db', { access: 'write' })
        .build(),
    },
    {
      name: 'an async store write and a publish (no sync write)',
      design: design().node('api', 'service').node('db', 'key-value').node('q', 'queue')
        .edge('api', 'db', { access: 'write', mode: 'async' })
          .edge('api', 'q', { access: 'write', mode: 'async' })
          .build(),
    },
    {
      name: 'a cache is not a durable store',
      design: design().node('api', 'service').node('c', 'cache').node('q', 'queue')
        .edge('api', 'c', { access: 'write' }).edge('api', 'q', { access: 'write', mode: 'async' }).build(),
    },
  ],
  invalid: [
    {
      name: 'issue 8 point 11: two different durable stores in one flow (SQL and S3)',
      design: design()
        .node('api', 'service', undefined, { label: 'Upload service' })
        .node('db', 'relational-db', undefined, { label: 'Photos DB' })
        .node('s3', 'object-storage', undefined, { label: 'Photo files' })
        .edge('api', 'db', { access: 'write' })
        .edge('api', 's3', { access: 'write' })
        .build(),
      targets: ['node:api'],
      messages: ['Upload service writes Photos DB and Photo files in one flow as separate steps'],
    },
    {
      name: 'issue 8 point 11: a store write plus an async call to a service',
      design: design()
        .node('api', 'service', undefined, { label: 'Orders' })
        .node('db', 'relational-db', undefined, { label: 'Orders DB' })
        .node('mail', 'service', undefined, { label: 'Mailer' })
        .edge('api', 'db', { access: 'write' })
        .edge('api', 'mail', { access: 'write', mode: 'async' })
        .build(),
      targets: ['node:api'],
      messages: ['Orders writes Orders DB and calls Mailer asynchronously separately'],
    },
    {
      design: design()
        .node('api', 'service', undefined, { label: 'Tweet service' })
        .node('db', 'relational-db', undefined, { label: 'Tweets DB' })
        .node('t', 'pubsub', undefined, { label: 'New tweets topic' })
        .node('fn', 'function')
        .node('s3', 'object-storage')
        .node('q', 'queue')
        .edge('api', 'db', { access: 'write' })
        .edge('api', 't', { access: 'write', mode: 'async' })
        .edge('fn', 's3', { access: 'read-write' })
        .edge('fn', 'q', { access: 'write', mode: 'sync' })
        .build(),
      targets: ['node:api', 'node:fn'],
      messages: ['Tweet service writes Tweets DB and publishes to New tweets topic separately'],
    },
  ],
})
