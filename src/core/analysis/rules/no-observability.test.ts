import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { noObservability } from './no-observability'

testRule(noObservability, {
  valid: [
    design().build(),
    { name: 'no compute', design: design()
      .node('web', 'client')
      .node('s3', 'object-storage')
      .edge('web', 's3')
      .build() },
    {
      name: 'one service logs',
      design: design()
        .node('a', 'service')
        .node('b', 'function')
        .node('logs', 'logging')
        .edge('a', 'logs', { mode: 'async' })
        .build(),
    },
    { name: 'a search index counts', design: design()
      .node('a', 'service')
      .node('es', 'search')
      .edge('a', 'es')
      .build() },
  ],
  invalid: [
    {
      name: 'the fix adds a sink with fresh ids',
      design: design()
        .node('logs', 'service')
        .node('fn', 'function')
        .node('db', 'relational-db')
        .edge('logs', 'db')
        .build(),
      targets: ['design'],
      messages: ['No service or function sends logs anywhere'],
    },
  ],
})
