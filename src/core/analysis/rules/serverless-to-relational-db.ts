import { edgeTarget } from '../report'
import type { Finding, Rule } from '../types'

export const serverlessToRelationalDb: Rule = {
  meta: {
    id: 'serverless-to-relational-db',
    severity: 'warning',
    category: 'capacity',
    description: 'A serverless function connecting straight to a relational database',
    rationale:
      'Every concurrent function instance opens its own connection: at scale they exhaust the database\'s ' +
      'connection limit. Put a connection pool or proxy in between, or use a key-value store.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const edge of view.edges) {
      if (edge.source.kind !== 'function' || edge.target.kind !== 'relational-db') continue
      findings.push({
        target: edgeTarget(edge),
        message:
          `${edge.source.name} connects to ${edge.target.name} directly: at high concurrency its connections run ` +
          `out (use a pool or proxy)`,
      })
    }
    return findings
  },
}
