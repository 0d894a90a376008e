import type { PropValue } from '../../design/types'
import { isRedundant } from '../redundancy'
import { combinePassShare } from '../reach'
import { listNames, nodeTarget, readNumber, setProps } from '../report'
import type { Fix, Rule } from '../types'
import type { DesignView, ViewNode } from '../view'

/** Below this share of every affected entry's requests, a single point of failure is a warning (issue 8, point 6). */
const MINOR_SHARE = 0.5

function formatShare(share: number): string {
  const percent = share * 100
  return percent < 1 ? 'under 1 %' : `about ${Math.round(percent)} %`
}

/** "about 1 % of Mobile app's requests", or undefined when some affected entry sends half or more through it. */
function describeMinorPath(view: DesignView, node: ViewNode, entryIds: readonly string[]): string | undefined {
  const ratio = view.design.workload?.readWriteRatio
  const parts: string[] = []
  for (const id of entryIds) {
    const entry = view.node(id) as ViewNode
    const share = combinePassShare(view.passShares(entry), node.index, ratio)
    if (share >= MINOR_SHARE) return undefined
    parts.push(`${formatShare(share)} of ${entry.name}'s requests`)
  }
  return parts.length > 0 ? listNames(parts) : undefined
}

function describeLack(node: ViewNode): string {
  if (node.kind === 'relational-db') return 'has no standby with automatic failover'
  if (readNumber(node, 'instances', 1) === 1) return 'has one instance'
  return 'cannot lose a machine'
}

/** The smallest change of the node's own props that makes it redundant, when a count change can. */
function buildFix(node: ViewNode): Fix | undefined {
  if (node.kind === 'relational-db') {
    const replication = node.props.replication === 'sync' ? 'sync' : 'async'
    return {
      title: 'Add a standby with automatic failover',
      patch: setProps(node, {
        replicas: Math.max(1, readNumber(node, 'replicas', 0)),
        replication,
        failover: 'automatic',
      }),
    }
  }
  const candidates: { title: string; values: Record<string, PropValue> }[] = [
    { title: 'Run two instances', values: { instances: 2 } },
    { title: 'Run three instances', values: { instances: 3 } },
  ]
  if (node.kind === 'search') {
    candidates.push({ title: 'Run two instances with a replica of each shard', values: { instances: 2, replicas: 1 } })
  }
  for (const { title, values } of candidates) {
    if (!('instances' in node.props)) break
    const props = { ...node.props, ...values }
    if (isRedundant(node.kind, node.technology, node.isManaged, props)) return { title, patch: setProps(node, values) }
  }
  return undefined
}

export const singlePointOfFailure: Rule = {
  meta: {
    id: 'single-point-of-failure',
    severity: 'error',
    category: 'reliability',
    description: 'A node without redundancy whose loss alone stops a flow',
    rationale:
      'One machine failing should not take a request path down. Error when a user-facing flow fails; warning ' +
      'when less than half of every affected entry\'s requests pass through it (a minor path), or when only ' +
      'background work stops (a consumer down, messages waiting in the queue).',
  },
  check(view) {
    return view.failure.spof.map((entry) => {
      const node = view.node(entry.node) as ViewNode
      // Without clients a node can be its own entry: say so rather than "every request from itself".
      const nameAll = (ids: readonly string[]): string => listNames(ids.map((id) => (view.node(id) as ViewNode).name))
      const others = entry.breaks.filter((id) => id !== node.id)
      const isUserFacing = entry.scope === 'user-facing'
      const minor = isUserFacing && others.length === entry.breaks.length ? describeMinorPath(view, node, others) : undefined
      const message = !isUserFacing
        ? `${node.name} ${describeLack(node)}: if it fails, background work from ${nameAll(entry.breaks)} stops`
        : minor !== undefined
          ? `${node.name} ${describeLack(node)}: if it fails, it stops ${minor}`
          : others.length === 0
            ? `${node.name} ${describeLack(node)}: every request starts at it`
            : `${node.name} ${describeLack(node)}: every request from ${nameAll(others)} needs it`
      const fix = buildFix(node)
      const severity = isUserFacing && minor === undefined ? 'error' : 'warning'
      return { target: nodeTarget(node), message, severity, ...(fix ? { fix } : {}) }
    })
  },
}
