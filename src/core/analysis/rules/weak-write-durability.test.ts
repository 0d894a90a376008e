import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { weakWriteDurability } from './weak-write-durability'

testRule(weakWriteDurability, {
  valid: [
    design()
      .node('api', 'service')
      .node('k', 'pubsub', undefined, { technology: 'kafka' })
      .node('m', 'key-value', undefined, { technology: 'mongodb' })
      .edge('api', 'k', { mode: 'async', access: 'write' })
      .edge('api', 'm', { access: 'write' })
      .build(),
    {
      name: 'nothing writes to them',
      design: design()
        .node('api', 'service')
        .node('k', 'pubsub', { acks: '1' }, { technology: 'kafka' })
        .node('m', 'key-value', { writeConcern: '1' }, { technology: 'mongodb' })
        .edge('api', 'm', { access: 'read' })
        .build(),
    },
  ],
  invalid: [
    {
      design: design()
        .node('api', 'service')
        .node('k1', 'pubsub', { acks: '1' }, { technology: 'kafka' })
        .node('k2', 'pubsub', { minInSyncReplicas: 1 }, { technology: 'kafka' })
        .node('m', 'key-value', { writeConcern: '1' }, { technology: 'mongodb' })
        .edge('api', 'k1', { mode: 'async', access: 'write' })
        .edge('api', 'k2', { mode: 'async', access: 'write' })
        .edge('api', 'm', { access: 'read-write' })
        .build(),
      targets: ['node:k1', 'node:k2', 'node:m'],
      messages: ['(acks 1, minInSyncReplicas 2)', '(acks all, minInSyncReplicas 1)', 'writeConcern 1'],
    },
  ],
})
