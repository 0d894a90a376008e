import { getPropSpec } from '../../catalogue'
import { nodeTarget, readNumber, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'

const MINIMUM_HOURS = 24

export const pubsubShortRetention: Rule = {
  meta: {
    id: 'pubsub-short-retention',
    severity: 'warning',
    category: 'messaging',
    description: 'A Kafka topic that keeps messages for less than a day',
    rationale:
      'Consumers read at their own pace: one that is down or slow for longer than the retention misses messages ' +
      'for good. A day is the least that survives a bad night.',
  },
  check(view) {
    const findings: Finding[] = []
    const fallback = getPropSpec('pubsub', 'retentionHours')?.default
    const recommended = typeof fallback === 'number' && fallback >= MINIMUM_HOURS ? fallback : MINIMUM_HOURS
    for (const node of view.nodes) {
      if (node.kind !== 'pubsub' || node.technology !== 'kafka') continue
      const hours = readNumber(node, 'retentionHours', Infinity)
      if (hours >= MINIMUM_HOURS) continue
      findings.push({
        target: nodeTarget(node),
        message: `${node.name} keeps messages for ${hours} h: a consumer down for a day loses messages`,
        fix: setPropsFix(`Keep messages for ${recommended} hours`, node, { retentionHours: recommended }),
      })
    }
    return findings
  },
}
