import { ID_PATTERN } from './types'
import type { Design, DesignEdge, DesignNode, PropValue } from './types'

/**
 * A fix's edits (analysis.md, "The result"): the app applies a whole list as ONE undoable step, so
 * `applyPatch` is all-or-nothing: it returns a new design, or throws before anything is visible.
 */
export type PatchOp =
  | { op: 'set-prop'; node: string; key: string; value: PropValue }
  | { op: 'add-node'; node: DesignNode }
  | { op: 'add-edge'; edge: DesignEdge }
  | { op: 'remove-edge'; edge: string }

export function applyPatch(design: Design, ops: readonly PatchOp[]): Design {
  let nodes = design.nodes
  let edges = design.edges
  const ids = new Set<string>()
  for (const n of nodes) ids.add(n.id)
  for (const e of edges) ids.add(e.id)

  ops.forEach((op, i) => {
    const where = `patch[${i}] (${op.op})`
    switch (op.op) {
      case 'set-prop': {
        const at = nodes.findIndex((n) => n.id === op.node)
        if (at < 0) throw new Error(`${where}: no node "${op.node}"`)
        if (op.key === '' || op.value === undefined) throw new Error(`${where}: a prop needs a key and a value`)
        const node = nodes[at]
        const next: DesignNode = { ...node, props: { ...(node.props ?? {}), [op.key]: op.value } }
        nodes = nodes.slice()
        nodes[at] = next
        break
      }
      case 'add-node': {
        if (!ID_PATTERN.test(op.node.id)) throw new Error(`${where}: "${op.node.id}" is not a valid id`)
        if (ids.has(op.node.id)) throw new Error(`${where}: id "${op.node.id}" is already used`)
        ids.add(op.node.id)
        nodes = [...nodes, op.node]
        break
      }
      case 'add-edge': {
        const { id, source, target } = op.edge
        if (!ID_PATTERN.test(id)) throw new Error(`${where}: "${id}" is not a valid id`)
        if (ids.has(id)) throw new Error(`${where}: id "${id}" is already used`)
        if (!nodes.some((n) => n.id === source)) throw new Error(`${where}: no source node "${source}"`)
        if (!nodes.some((n) => n.id === target)) throw new Error(`${where}: no target node "${target}"`)
        ids.add(id)
        edges = [...edges, op.edge]
        break
      }
      case 'remove-edge': {
        if (!edges.some((e) => e.id === op.edge)) throw new Error(`${where}: no edge "${op.edge}"`)
        ids.delete(op.edge)
        edges = edges.filter((e) => e.id !== op.edge)
        break
      }
      default: {
        const unknown: never = op
        throw new Error(`${where}: unknown operation ${JSON.stringify(unknown)}`)
      }
    }
  })
  return { ...design, nodes, edges }
}
