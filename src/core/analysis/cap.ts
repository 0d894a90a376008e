import { classifyNodeCap, compareWeakness, type NodeCapRow, type NodeCapRows } from './capTable'
import type { CapSide, DesignCap, NodeCap } from './types'
import type { DesignView, ViewNode } from './view'

/**
 * catalogue.md, "CAP of the design": one label for writes and one for reads over what the user-facing walk
 * reaches; each is the weakest of its nodes (AP, then CP, then CA), decided by the first such node in file
 * order. Logging takes no part: telemetry is not the user's data.
 */

export interface CapResult {
  /** By node index; undefined for stateless nodes. */
  readonly rows: readonly (NodeCapRows | undefined)[]
  readonly nodes: Record<string, NodeCap>
  readonly design: DesignCap
}

type Side = 'write' | 'read'

function pickWeakest(
  candidates: readonly ViewNode[],
  rows: readonly (NodeCapRows | undefined)[],
  side: Side,
): ViewNode | undefined {
  let weakest: ViewNode | undefined
  for (const node of candidates) {
    const label = rows[node.index]?.[side].label
    if (!label || node.kind === 'logging') continue
    const current = weakest ? (rows[weakest.index] as NodeCapRows)[side].label : undefined
    if (!current || compareWeakness(label, current) > 0) weakest = node
  }
  return weakest
}

function describe(node: ViewNode, row: NodeCapRow): string {
  return row.clause.startsWith(':') ? `${node.id}${row.clause}` : `${node.id} ${row.clause}`
}

function toSide(row: NodeCapRow): CapSide {
  return { label: row.label, underPartition: row.underPartition, mayLoseWrites: row.mayLoseWrites, flip: row.flip, why: row.why }
}

/** The card's one label is the weaker side (the write side on a tie); it may lose writes when the write side may. */
export function toNodeCap(rows: NodeCapRows): NodeCap {
  const shown = compareWeakness(rows.read.label, rows.write.label) > 0 ? rows.read : rows.write
  return {
    ...toSide(shown),
    mayLoseWrites: rows.write.mayLoseWrites || shown.mayLoseWrites,
    write: toSide(rows.write),
    read: toSide(rows.read),
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
  const writeNode = pickWeakest(writeTargets, rows, 'write')
  const readNode = pickWeakest(readTargets, rows, 'read')
  const write = writeNode ? (rows[writeNode.index] as NodeCapRows).write : undefined
  const read = readNode ? (rows[readNode.index] as NodeCapRows).read : undefined

  const sentences = [
    write && writeNode
      ? `Writes ${write.label} (${describe(writeNode, write)}).`
      : 'Writes none (no user-facing write reaches durable data).',
    read && readNode
      ? `Reads ${read.label} (${describe(readNode, read)}).`
      : 'Reads none (no user-facing read reaches a store).',
  ]
  // Only stores users write can lose what users wrote.
  const counted = new Uint8Array(view.nodes.length)
  for (const node of writeTargets) counted[node.index] = 1
  const losing = view.nodes.filter((n) => counted[n.index] && n.kind !== 'logging' && rows[n.index]?.write.mayLoseWrites)
  if (losing.length > 0) sentences.push(`May lose acknowledged writes: ${losing.map((n) => n.id).join(', ')}.`)

  const design: DesignCap = { write: write?.label ?? null, read: read?.label ?? null, summary: sentences.join(' ') }
  if (writeNode) design.writeNode = writeNode.id
  if (readNode) design.readNode = readNode.id
  return { rows, nodes, design }
}
