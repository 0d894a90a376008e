import { getKindsWithRole } from '../catalogue'
import type { Kind } from '../design/types'
import type { DesignView, ViewEdge, ViewNode } from './view'

/**
 * catalogue.md, "CAP of the design": from the user-facing entries, follow sync edges (hard or optional) and
 * edges into a queue or pubsub (any mode), passing through the kinds whose catalogue role is pass-through
 * (the stateless tiers, dns, cdns); any other node ends the walk (it is reached and counted, its own edges are
 * not followed). "User-facing" everywhere in the rules means what this walk reaches.
 *
 * Issue 8: a cdn is never a write target (writes pass through it to its origin, point 2), and a write that
 * fills a cache or search index from durable data, a broker or change data capture counts for reads only
 * (point 3).
 */

const PASS_THROUGH: ReadonlySet<Kind> = getKindsWithRole('passThrough')

export interface UserFacingWalk {
  /** Node indexes the walk reaches (entries included). */
  readonly reached: Uint8Array
  /** Edge indexes (file order positions) the walk follows. */
  readonly followed: Uint8Array
  readonly followedEdges: readonly ViewEdge[]
  /** Targets of followed edges that write (write or read-write), in node file order, no duplicates. */
  readonly writeTargets: readonly ViewNode[]
  /** Targets of followed edges that read, plus the cdns the walk passes, in node file order. */
  readonly readTargets: readonly ViewNode[]
  /** Nodes the walk reaches after passing a cdn (a cdn stands before them). */
  readonly behindCdn: Uint8Array
  isUserFacingNode(node: ViewNode): boolean
  isUserFacingEdge(edge: ViewEdge): boolean
}

function isFollowed(edge: ViewEdge): boolean {
  return !edge.isReplication && (edge.edge.mode === 'sync' || edge.target.isBroker)
}

/**
 * A write into a cache, search index or cdn that copies data kept elsewhere: its writer also reads a durable
 * store (cache-aside fill), is a consumer of a broker, or is a change-data-capture job. Not a user's write.
 */
export function isFillWrite(edge: ViewEdge): boolean {
  if (!edge.writes || !edge.target.roles.derived) return false
  const writer = edge.source
  if (writer.roles.job && writer.technology === 'cdc') return true
  if (writer.incoming.some((e) => e.isDelivery)) return true
  return writer.outgoing.some((e) => e.reads && e.target.roles.durableStore)
}

export function computeWalk(view: DesignView): UserFacingWalk {
  const nodeCount = view.nodes.length
  const reached = new Uint8Array(nodeCount)
  const followed = new Uint8Array(view.design.edges.length)
  const behindCdn = new Uint8Array(nodeCount)
  const followedEdges: ViewEdge[] = []
  const stack: ViewNode[] = []
  for (const entry of view.userFacingEntries) {
    if (reached[entry.index]) continue
    reached[entry.index] = 1
    stack.push(entry)
  }
  while (stack.length > 0) {
    const node = stack.pop() as ViewNode
    if (!PASS_THROUGH.has(node.kind)) continue
    for (const edge of node.outgoing) {
      if (!isFollowed(edge)) continue
      followed[edge.index] = 1
      followedEdges.push(edge)
      if (!reached[edge.target.index]) {
        reached[edge.target.index] = 1
        stack.push(edge.target)
      }
    }
  }
  followedEdges.sort((a, b) => a.index - b.index)

  // A cdn stands before everything the walk reaches from it.
  const cdnStack = view.nodes.filter((n) => n.kind === 'cdn' && reached[n.index])
  while (cdnStack.length > 0) {
    const node = cdnStack.pop() as ViewNode
    if (!PASS_THROUGH.has(node.kind)) continue
    for (const edge of node.outgoing) {
      if (!followed[edge.index] || behindCdn[edge.target.index]) continue
      behindCdn[edge.target.index] = 1
      cdnStack.push(edge.target)
    }
  }

  const isWriteTarget = new Uint8Array(nodeCount)
  const isReadTarget = new Uint8Array(nodeCount)
  for (const edge of followedEdges) {
    const target = edge.target
    if (edge.reads) isReadTarget[target.index] = 1
    if (!edge.writes || target.kind === 'cdn') continue
    if (isFillWrite(edge)) isReadTarget[target.index] = 1
    else isWriteTarget[target.index] = 1
  }
  for (const node of view.nodes) if (node.kind === 'cdn' && reached[node.index]) isReadTarget[node.index] = 1

  return {
    reached,
    followed,
    followedEdges,
    writeTargets: view.nodes.filter((n) => isWriteTarget[n.index]),
    readTargets: view.nodes.filter((n) => isReadTarget[n.index]),
    behindCdn,
    isUserFacingNode: (node) => reached[node.index] === 1,
    isUserFacingEdge: (edge) => followed[edge.index] === 1,
  }
}
