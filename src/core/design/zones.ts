import type { Design, DesignNode } from './types'

/**
 * The zone tree of a design, built once: who holds whom and how deep. A parent that is not a zone, or a parent
 * cycle (a format error a hand-built design may still have), is cut, never followed, so every query ends.
 */
export interface ZoneIndex {
  /** The zone directly holding the node, when its parent is a zone. */
  parentOf(id: string): string | undefined
  /** Nodes directly inside a zone, in file order (a cycle's back edge is left out). */
  childrenOf(id: string): readonly DesignNode[]
  /** How many zones hold the node: 0 at the top level. */
  depthOf(id: string): number
  /** Every node inside the given ones, transitively (not the given ones themselves). */
  collectDescendants(ids: Iterable<string>): Set<string>
  /** The nodes sorted parents first (React Flow's rule, and the order zones paint in); file order within a depth. */
  sortOuterFirst<T extends DesignNode>(nodes: readonly T[]): T[]
}

const NO_CHILDREN: readonly DesignNode[] = []

export function indexZones(design: Pick<Design, 'nodes'>): ZoneIndex {
  const byId = new Map(design.nodes.map((n) => [n.id, n]))
  const parents = new Map<string, string>()
  for (const node of design.nodes) {
    if (node.parent !== undefined && node.parent !== node.id && byId.get(node.parent)?.kind === 'zone') parents.set(node.id, node.parent)
  }
  const depths = new Map<string, number>()
  const depthOf = (id: string): number => {
    const known = depths.get(id)
    if (known !== undefined) return known
    // Walk up, cutting a cycle where it closes.
    const chain: string[] = []
    const seen = new Set<string>()
    let current: string | undefined = id
    while (current !== undefined && !seen.has(current) && !depths.has(current)) {
      seen.add(current)
      chain.push(current)
      current = parents.get(current)
    }
    let depth = current !== undefined && depths.has(current) ? (depths.get(current) as number) + 1 : 0
    if (current !== undefined && seen.has(current)) depth = 0
    for (let i = chain.length - 1; i >= 0; i--) {
      depths.set(chain[i], depth)
      depth++
    }
    return depths.get(id) as number
  }
  const children = new Map<string, DesignNode[]>()
  for (const node of design.nodes) {
    const parent = parents.get(node.id)
    // A child no deeper than its parent closes a cycle: leave that link out of the tree.
    if (parent === undefined || depthOf(node.id) <= depthOf(parent)) continue
    const list = children.get(parent)
    if (list) list.push(node)
    else children.set(parent, [node])
  }
  return {
    parentOf: (id) => parents.get(id),
    childrenOf: (id) => children.get(id) ?? NO_CHILDREN,
    depthOf,
    collectDescendants(ids) {
      const out = new Set<string>()
      const stack = [...ids]
      while (stack.length > 0) {
        for (const child of children.get(stack.pop() as string) ?? NO_CHILDREN) {
          if (!out.has(child.id)) {
            out.add(child.id)
            stack.push(child.id)
          }
        }
      }
      return out
    },
    sortOuterFirst(nodes) {
      return nodes
        .map((node, index) => ({ node, index, depth: depthOf(node.id) }))
        .sort((a, b) => a.depth - b.depth || a.index - b.index)
        .map((entry) => entry.node)
    },
  }
}
