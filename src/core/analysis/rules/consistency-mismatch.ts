import { edgeTarget, setProps } from '../report'
import type { Finding, Fix, Rule } from '../types'
import type { ViewNode } from '../view'

/** The target store's strong setting, where it has one. */
function buildFix(node: ViewNode): Fix | undefined {
  let values: Record<string, string> | undefined
  if (node.kind === 'key-value' && node.technology === 'dynamodb') values = { consistency: 'strong' }
  else if (node.kind === 'key-value' && node.technology === 'mongodb') values = { readPreference: 'primary' }
  else if (node.kind === 'wide-column') values = { readConsistency: 'QUORUM', writeConsistency: 'QUORUM' }
  else if (node.kind === 'relational-db') values = { readFrom: 'primary' }
  if (!values) return undefined
  return { title: `Make ${node.name} strongly consistent`, patch: setProps(node, values) }
}

export const consistencyMismatch: Rule = {
  meta: {
    id: 'consistency-mismatch',
    severity: 'error',
    category: 'consistency',
    description: 'An edge that needs strong consistency from a store that is eventually consistent',
    rationale:
      'A caller that needs the latest value (a seat hold, a balance check) gets a stale or conflicting one from an ' +
      'AP store: two buyers can hold the same seat. Make the store strongly consistent, or drop the requirement.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const edge of view.edges) {
      if (edge.edge.consistency !== 'strong') continue
      const rows = view.cap.rows[edge.target.index]
      // The side the edge uses: a strong read needs the read label, a strong write the write label.
      const row = edge.reads && rows?.read.label === 'AP' ? rows.read : edge.writes ? rows?.write : rows?.read
      if (row?.label !== 'AP') continue
      const fix = buildFix(edge.target)
      findings.push({
        target: edgeTarget(edge),
        message:
          `${edge.source.name} needs strong consistency from ${edge.target.name}, but it is AP: ` +
          `${row.underPartition.charAt(0).toLowerCase()}${row.underPartition.slice(1, -1)}`,
        ...(fix ? { fix } : {}),
      })
    }
    return findings
  },
}
