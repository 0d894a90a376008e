import type { Kind } from '../../design/types'
import { edgeTarget } from '../report'
import type { Finding, Rule } from '../types'

const DATASTORE_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'relational-db',
  'key-value',
  'wide-column',
  'cache',
  'search',
  'queue',
  'pubsub',
])

export const clientToDatastore: Rule = {
  meta: {
    id: 'client-to-datastore',
    severity: 'warning',
    category: 'security',
    description: 'A client talking to a datastore or broker directly',
    rationale:
      'A browser or app that reaches a database, cache or queue directly holds its credentials and can read or ' +
      'write anything they allow. Put a service in front that owns access control and the data model.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const edge of view.edges) {
      if (edge.source.kind !== 'client' || !DATASTORE_KINDS.has(edge.target.kind)) continue
      findings.push({
        target: edgeTarget(edge),
        message:
          `${edge.source.name} talks to ${edge.target.name} directly: put a service in front to own access control`,
      })
    }
    return findings
  },
}
