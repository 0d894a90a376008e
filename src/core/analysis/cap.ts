import { classifyNodeCap, type NodeCapRow } from './capTable'
import type { CapLabel, DesignCap, NodeCap } from './types'
import type { DesignView, ViewNode } from './view'

/**
 * catalogue.md, "CAP of the design": one label for writes and one for reads over what the user-facing walk
 * reaches; each is the weakest of its nodes (AP, then CP, then CA), decided by the first such node in file
 * order. Logging takes no part: telemetry is not the user's data.
 */

export interface CapResult {
  /** By node index; undefined for stateless nodes. */
  readonly rows: readonly (NodeCapRow | undefined)[]
  readonly nodes: Record<string, NodeCap>
  readonly design: DesignCap
}

const WEAKNESS: Readonly<Record<CapLabel, number>> = { AP: 3, CP: 2, CA: 1 }

function pickWeakest(candidates: readonly ViewNode[], rows: readonly (NodeCapRow | undefined)[]): ViewNode | undefined {
  let weakest: ViewNode | undefined
  for (const node of candidates) {
    const label = rows[node.index]?.label
    if (!label || node.kind === 'logging') continue
    const current = weakest ? (rows[weakest.index] as NodeCapRow).label : undefined
    if (!current || WEAKNESS[label] > WEAKNESS[current]) weakest = node
  }
  return weakest
}

function describe(node: ViewNode, row: NodeCapRow): string {
  return row.clause.startsWith(':') ? `${node.id}${row.clause}` : `${node.id} ${row.clause}`
}

export function toNodeCap(row: NodeCapRow): NodeCap {
  return {
    label: row.label,
    underPartition: row.underPartition,
    mayLoseWrites: row.mayLoseWrites,
    flip: row.flip,
    why: row.why,
  }
}

export function computeCap(view: DesignView): CapResult {
  const rows = view.nodes.map(classifyNodeCap)
  const nodes: Record<string, NodeCap> = Object.create(null) as Record<string, NodeCap>
  for (const node of view.nodes) {
    const row = rows[node.index]
    if (row) nodes[node.id] = toNodeCap(row)
  }
  const { writeTargets, readTargets } = view.walk
  const writeNode = pickWeakest(writeTargets, rows)
  const readNode = pickWeakest(readTargets, rows)
  const write = writeNode ? (rows[writeNode.index] as NodeCapRow) : undefined
  const read = readNode ? (rows[readNode.index] as NodeCapRow) : undefined

  const sentences = [
    write && writeNode
      ? `Writes ${write.label} (${describe(writeNode, write)}).`
      : 'Writes none (no user-facing write reaches a store).',
    read && readNode
      ? `Reads ${read.label} (${describe(readNode, read)}).`
      : 'Reads none (no user-facing read reaches a store).',
  ]
  const counted = new Uint8Array(view.nodes.length)
  for (const node of writeTargets) counted[node.index] = 1
  for (const node of readTargets) counted[node.index] = 1
  const losing = view.nodes.filter((n) => counted[n.index] && n.kind !== 'logging' && rows[n.index]?.mayLoseWrites)
  if (losing.length > 0) sentences.push(`May lose acknowledged writes: ${losing.map((n) => n.id).join(', ')}.`)

  const design: DesignCap = { write: write?.label ?? null, read: read?.label ?? null, summary: sentences.join(' ') }
  if (writeNode) design.writeNode = writeNode.id
  if (readNode) design.readNode = readNode.id
  return { rows, nodes, design }
}
