import { getKindSpec, hasProp } from '../../catalogue'
import { nodeTarget } from '../report'
import type { Finding, Rule } from '../types'

export const unknownProp: Rule = {
  meta: {
    id: 'unknown-prop',
    severity: 'info',
    category: 'hygiene',
    description: 'A prop the catalogue does not know for the node\'s kind',
    rationale:
      'Unknown props are kept so a newer file survives a round trip, but nothing reads them: a typo such as ' +
      '"instance" silently leaves the default in place.',
  },
  check(view) {
    const findings: Finding[] = []
    for (const node of view.nodes) {
      for (const key of Object.keys(node.node.props ?? {})) {
        if (hasProp(node.kind, key)) continue
        findings.push({
          target: nodeTarget(node),
          message:
            `${node.name} has a prop "${key}" that a ${getKindSpec(node.kind).label.toLowerCase()} does not have`,
        })
      }
    }
    return findings
  },
}
