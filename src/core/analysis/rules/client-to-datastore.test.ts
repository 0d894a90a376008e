import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { clientToDatastore } from './client-to-datastore'

testRule(clientToDatastore, {
  valid: [
    design().node('web', 'client').node('api', 'service').node('cdn', 'cdn').node('s3', 'object-storage')
      .edge('web', 'api').edge('web', 'cdn').edge('web', 's3').build(),
  ],
  invalid: [
    {
      design: design()
        .node('web', 'client', undefined, { label: 'Web' })
        .node('db', 'relational-db')
        .node('q', 'queue')
        .edge('web', 'db')
        .edge('web', 'q', { mode: 'async' })
        .build(),
      targets: ['edge:web-db', 'edge:web-q'],
      messages: ['Web talks to db directly'],
    },
  ],
})
