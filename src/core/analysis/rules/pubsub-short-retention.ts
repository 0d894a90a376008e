import { getPropSpec } from '../../catalogue'
import { findEach, nodeTarget, readNumber, setPropsFix } from '../report'
import type { Rule } from '../types'

const MINIMUM_HOURS = 24
const CATALOGUE_HOURS = getPropSpec('pubsub', 'retentionHours')?.default
/** What the fix sets: the catalogue's default when that keeps a day or more, else a day. */
const RECOMMENDED_HOURS =
  typeof CATALOGUE_HOURS === 'number' && CATALOGUE_HOURS >= MINIMUM_HOURS ? CATALOGUE_HOURS : MINIMUM_HOURS

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
    return findEach(view.nodesOfKind('pubsub'), (node) => {
      if (node.technology !== 'kafka') return undefined
      const hours = readNumber(node, 'retentionHours', Infinity)
      if (hours >= MINIMUM_HOURS) return undefined
      return {
        target: nodeTarget(node),
        message: `${node.name} keeps messages for ${hours} h: a consumer down for a day loses messages`,
        fix: setPropsFix(`Keep messages for ${RECOMMENDED_HOURS} hours`, node, { retentionHours: RECOMMENDED_HOURS }),
      }
    })
  },
}
