import { design } from '../../testing/designBuilder'
import { testRule } from '../../testing/ruleTester'
import { unknownRule } from './unknown-rule'

testRule(unknownRule, {
  valid: [
    design().rules({ 'cache-without-ttl': 'off' }).suppress('single-point-of-failure', 'db').build(),
    design().build(),
  ],
  invalid: [
    {
      design: design()
        .rules({ 'cache-without-tll': 'off', 'dual-write': 'error' })
        .suppress('single-point-of-failur', 'db')
        .suppress('single-point-of-failur', 'api')
        .suppress('cache-without-tll', undefined)
        .build(),
      targets: ['design', 'design', 'design'],
      messages: [
        '"cache-without-tll" in rules is not a known rule',
        '"cache-without-tll" in suppressions',
        '"single-point-of-failur" in suppressions',
      ],
    },
  ],
})
