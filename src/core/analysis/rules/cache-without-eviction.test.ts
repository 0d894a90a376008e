import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { cacheWithoutEviction } from './cache-without-eviction'

testRule(cacheWithoutEviction, {
  valid: [design().node('c', 'cache').node('v', 'cache', { evictionPolicy: 'volatile-ttl' }).build()],
  invalid: [
    {
      design: design().node('c', 'cache', { evictionPolicy: 'noeviction' }).build(),
      targets: ['node:c'],
      messages: ['c never evicts'],
    },
  ],
})
