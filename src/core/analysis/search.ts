import type { DesignView, ViewNode } from './view'

/**
 * analysis.md, "Workload and load": edges are visited depth-first from the user-facing entries in file order,
 * then from the background entries in file order, outgoing edges in file order. An edge into a node still on
 * the search stack closes a cycle: it carries no load, and long-sync-chain does not count it. Every other
 * edge the search reaches goes from a later-finished node to an earlier-finished one, so reverse finishing
 * order is a topological order for the load flow.
 */

export interface SearchResult {
  /** Node indexes the search reached, in reverse finishing order (sources before their targets). */
  readonly order: readonly number[]
  /** 1 at the file index of every cycle-closing edge. */
  readonly closesCycle: Uint8Array
}

const UNSEEN = 0
const ON_STACK = 1
const DONE = 2

export function searchDepthFirst(view: DesignView): SearchResult {
  const state = new Uint8Array(view.nodes.length)
  const closesCycle = new Uint8Array(view.design.edges.length)
  const finished: number[] = []
  // An explicit stack of (node, next outgoing edge) frames: a 10,000-node chain must not overflow the call stack.
  const stackNodes: ViewNode[] = []
  const stackNext: number[] = []

  const visit = (root: ViewNode): void => {
    if (state[root.index] !== UNSEEN) return
    state[root.index] = ON_STACK
    stackNodes.push(root)
    stackNext.push(0)
    while (stackNodes.length > 0) {
      const top = stackNodes.length - 1
      const node = stackNodes[top]
      const next = stackNext[top]
      if (next >= node.outgoing.length) {
        state[node.index] = DONE
        finished.push(node.index)
        stackNodes.pop()
        stackNext.pop()
        continue
      }
      stackNext[top] = next + 1
      const edge = node.outgoing[next]
      const target = edge.target
      if (state[target.index] === ON_STACK) closesCycle[edge.index] = 1
      else if (state[target.index] === UNSEEN) {
        state[target.index] = ON_STACK
        stackNodes.push(target)
        stackNext.push(0)
      }
    }
  }

  for (const entry of view.userFacingEntries) visit(entry)
  for (const entry of view.backgroundEntries) visit(entry)
  finished.reverse()
  return { order: finished, closesCycle }
}
