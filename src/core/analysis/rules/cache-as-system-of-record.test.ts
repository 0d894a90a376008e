import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { cacheAsSystemOfRecord } from './cache-as-system-of-record'

testRule(cacheAsSystemOfRecord, {
  valid: [
    {
      name: 'the writer also writes a durable store',
      design: design()
        .node('api', 'service')
        .node('c', 'cache')
        .node('db', 'key-value')
        .edge('api', 'c', { access: 'write' })
        .edge('api', 'db', { access: 'write', mode: 'async' })
        .build(),
    },
    {
      name: 'a node the writer reaches over sync writes stores it',
      design: design()
        .node('api', 'service')
        .node('c', 'cache')
        .node('store', 'service')
        .node('db', 'object-storage')
        .edge('api', 'c', { access: 'write' })
        .edge('api', 'store', { access: 'write' })
        .edge('store', 'db', { access: 'write' })
        .build(),
    },
    {
      name: 'a fan-out worker fed by a producer that stores the data (deliveries back to producers)',
      design: design()
        .node('api', 'service')
        .node('db', 'relational-db')
        .node('topic', 'pubsub')
        .node('worker', 'service')
        .node('c', 'cache')
        .edge('api', 'db', { access: 'write' })
        .edge('api', 'topic', { mode: 'async', access: 'write' })
        .edge('topic', 'worker', { mode: 'async', access: 'read' })
        .edge('worker', 'c', { access: 'write' })
        .build(),
    },
    {
      name: 'a write-behind cache writes the store itself',
      design: design()
        .node('api', 'service')
        .node('c', 'cache', { strategy: 'write-behind' })
        .node('db', 'wide-column')
        .edge('api', 'c', { access: 'write' })
        .edge('c', 'db', { access: 'write', mode: 'async' })
        .build(),
    },
    {
      name: 'issue 8 point 4: a cache-aside reader fills the cache with what it read from the database',
      design: design()
        .node('api', 'service')
        .node('c', 'cache')
        .node('db', 'relational-db')
        .edge('api', 'c', { access: 'read-write' })
        .edge('api', 'db', { access: 'read' })
        .build(),
    },
    {
      name: 'issue 8 point 4: a change-data-capture job feeds the cache from the database in the background',
      design: design()
        .node('cdc', 'job', undefined, { technology: 'cdc' })
        .node('c', 'cache')
        .node('db', 'relational-db')
        .edge('cdc', 'db', { access: 'read', mode: 'async' })
        .edge('cdc', 'c', { access: 'write' })
        .build(),
    },
    {
      name: 'issue 8 point 4: a durable store feeds the cache through a topic and its consumer',
      design: design()
        .node('cdc', 'job', undefined, { technology: 'cdc' })
        .node('db', 'key-value')
        .node('topic', 'pubsub')
        .node('worker', 'service')
        .node('c', 'cache')
        .edge('cdc', 'db', { access: 'read' })
        .edge('cdc', 'topic', { access: 'write', mode: 'async' })
        .edge('topic', 'worker', { access: 'read', mode: 'async' })
        .edge('worker', 'c', { access: 'write' })
        .build(),
    },
    { name: 'reads only', design: design()
      .node('api', 'service')
      .node('c', 'cache')
      .edge('api', 'c', { access: 'read' })
      .build() },
  ],
  invalid: [
    {
      name: 'some writer has no durable copy',
      design: design()
        .node('api', 'service', undefined, { label: 'Cart API' })
        .node('other', 'service')
        .node('c', 'cache', undefined, { label: 'Carts' })
        .node('db', 'relational-db')
        .node('search', 'search')
        .edge('api', 'c', { access: 'read-write' })
        .edge('api', 'search', { access: 'write' })
        .edge('other', 'c', { access: 'write' })
        .edge('other', 'db', { access: 'write' })
        .build(),
      targets: ['node:c'],
      messages: ['Carts is the only store Cart API writes to'],
    },
    {
      name: 'issue 8 point 4: reading another cache proves no durable copy',
      design: design()
        .node('api', 'service')
        .node('sessions', 'cache')
        .node('carts', 'cache')
        .node('pay', 'external', undefined, { technology: 'payment' })
        .edge('api', 'sessions', { access: 'read' })
        .edge('api', 'pay', { access: 'read' })
        .edge('api', 'carts', { access: 'write' })
        .build(),
      targets: ['node:carts'],
    },
  ],
})
