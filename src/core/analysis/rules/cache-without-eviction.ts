import { nodeTarget, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'

export const cacheWithoutEviction: Rule = {
  meta: {
    id: 'cache-without-eviction',
    severity: 'info',
    category: 'caching',
    description: 'A cache that refuses writes when memory is full instead of evicting',
    rationale:
      'Memory is the limit of a cache: with noeviction, a full cache returns errors on every new write instead ' +
      'of dropping the least useful entries.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'cache' || node.props.evictionPolicy !== 'noeviction') continue
      findings.push({
        target: nodeTarget(node),
        message: `${node.name} never evicts: when memory is full, new writes fail`,
        fix: setPropsFix('Evict the least recently used keys', node, { evictionPolicy: 'allkeys-lru' }),
      })
    }
    return findings
  },
}
