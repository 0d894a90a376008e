import { nodeTarget, setPropsFix } from '../report'
import type { Finding, Rule } from '../types'

export const cacheWithoutTtl: Rule = {
  meta: {
    id: 'cache-without-ttl',
    severity: 'warning',
    category: 'caching',
    description: 'A cache whose entries never expire',
    rationale:
      'Without a TTL a missed invalidation serves stale data until the entry is evicted, which may be never. ' +
      'A TTL bounds how stale a read can be.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      if (node.kind !== 'cache' || typeof node.props.ttlSeconds === 'number') continue
      findings.push({
        target: nodeTarget(node),
        message: `${node.name} has no TTL: a missed invalidation serves stale data without bound`,
        fix: setPropsFix('Expire entries after 5 minutes', node, { ttlSeconds: 300 }),
      })
    }
    return findings
  },
}
