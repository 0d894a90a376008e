import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '@core/analysis'
import { filterRules } from './rulesModel'

describe('filterRules', () => {
  it('keeps every rule for an empty query', () => {
    expect(filterRules(ALL_RULES, '  ')).toHaveLength(ALL_RULES.length)
  })

  it('matches every word over id, category and text', () => {
    const ids = filterRules(ALL_RULES, 'DEAD letter').map((r) => r.meta.id)
    expect(ids).toContain('queue-without-dead-letter-queue')
    expect(ids).toContain('sns-without-dead-letter-queue')
    expect(ids).not.toContain('single-point-of-failure')
    expect(filterRules(ALL_RULES, 'no-such-rule-anywhere')).toEqual([])
  })
})
