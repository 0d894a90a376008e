import { edgeTarget, findEach } from '../report'
import type { Rule } from '../types'

export const externalDependencyWithoutFallback: Rule = {
  meta: {
    id: 'external-dependency-without-fallback',
    severity: 'warning',
    category: 'reliability',
    description: 'A user-facing flow that waits synchronously on an external service with no fallback',
    rationale:
      'A payment provider, a push or email service or a third-party API is outside your control: when it is slow ' +
      'or down, every request that waits on it fails with it, and no redundancy of yours helps. Call it ' +
      'asynchronously through a queue, or degrade without it (then mark the edge optional).',
  },
  check(view) {
    return findEach(view.edges, (edge) => {
      const isHardSync = edge.isHard && edge.edge.mode === 'sync'
      if (!edge.target.roles.external || !isHardSync || !view.walk.isUserFacingEdge(edge)) return undefined
      return {
        target: edgeTarget(edge),
        message:
          `${edge.source.name} waits on ${edge.target.name} for every request: when the provider is down, the ` +
          `flow fails with it`,
        fix: {
          title: 'It degrades without the call: mark the edge optional',
          // The patch language has no edge edit: the edge is replaced by itself, marked optional.
          patch: [
            { op: 'remove-edge', edge: edge.id },
            { op: 'add-edge', edge: { ...edge.edge, optional: true } },
          ],
        },
      }
    })
  },
}
