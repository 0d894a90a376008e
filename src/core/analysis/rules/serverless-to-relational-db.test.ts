import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { serverlessToRelationalDb } from './serverless-to-relational-db'

testRule(serverlessToRelationalDb, {
  valid: [
    design().node('fn', 'function').node('kv', 'key-value').node('api', 'service').node('db', 'relational-db')
      .edge('fn', 'kv').edge('fn', 'api').edge('api', 'db').build(),
  ],
  invalid: [
    {
      design: design()
        .node('fn', 'function', undefined, { label: 'Resize' })
        .node('db', 'relational-db')
        .edge('fn', 'db', { id: 'q' })
        .build(),
      targets: ['edge:q'],
      messages: ['Resize connects to db directly'],
    },
  ],
})
