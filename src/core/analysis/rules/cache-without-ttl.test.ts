import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { cacheWithoutTtl } from './cache-without-ttl'

testRule(cacheWithoutTtl, {
  valid: [design().node('c', 'cache', { ttlSeconds: 60 }).node('cdn', 'cdn').build()],
  invalid: [
    {
      design: design()
        .node('c', 'cache', undefined, { label: 'Session cache' })
        .node('m', 'cache', { ttlSeconds: null })
        .build(),
      targets: ['node:c', 'node:m'],
      messages: ['Session cache has no TTL'],
    },
  ],
})
