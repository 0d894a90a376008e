import { edgeTarget, findEach } from '../report'
import type { Rule } from '../types'

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
    return findEach(view.edges, (edge) =>
      edge.source.kind === 'function' && edge.target.kind === 'relational-db'
        ? {
            target: edgeTarget(edge),
            message:
              `${edge.source.name} connects to ${edge.target.name} directly: at high concurrency its connections ` +
              `run out (use a pool or proxy)`,
          }
        : undefined,
    )
  },
}
