import { nodeTarget } from '../report'
import type { Finding, Rule } from '../types'
import type { ViewEdge } from '../view'

const MAX_HOPS = 4

export const longSyncChain: Rule = {
  meta: {
    id: 'long-sync-chain',
    severity: 'warning',
    category: 'reliability',
    description: 'A user-facing request that waits on more than four synchronous hops in a row',
    rationale:
      'Latencies add and availabilities multiply along a chain of hard synchronous calls: five services at ' +
      '99.9 % each give 99.5 %. Hops are calls into services, functions, gateways, load balancers and stores; a ' +
      'dns lookup and a cdn pass-through are not. Shorten the chain, make calls asynchronous, or degrade gracefully.',
  },
  check(view) {
    const { order, closesCycle } = view.search
    const longest = new Int32Array(view.nodes.length)
    const next: (ViewEdge | undefined)[] = new Array(view.nodes.length)
    // Targets before sources: the search order reversed, over the edges that do not close a cycle.
    for (let k = order.length - 1; k >= 0; k--) {
      const node = view.nodes[order[k]]
      for (const edge of node.outgoing) {
        if (!edge.isHard || edge.edge.mode !== 'sync' || closesCycle[edge.index]) continue
        // The catalogue's hop role: a dns lookup or a cdn pass-through adds no hop (issue 8, point 8).
        const length = (edge.target.roles.hop ? 1 : 0) + longest[edge.target.index]
        if (length > longest[node.index] || next[node.index] === undefined) {
          longest[node.index] = length
          next[node.index] = edge
        }
      }
    }
    const findings: Finding[] = []
    for (const entry of view.userFacingEntries) {
      const hops = longest[entry.index]
      if (hops <= MAX_HOPS) continue
      const names = [entry.name]
      for (let edge = next[entry.index]; edge; edge = next[edge.target.index]) names.push(edge.target.name)
      findings.push({
        target: nodeTarget(entry),
        message:
          `Requests from ${entry.name} wait on ${hops} synchronous hops in a row (${names.join(' -> ')}): ` +
          `latencies add, availabilities multiply`,
      })
    }
    return findings
  },
}
