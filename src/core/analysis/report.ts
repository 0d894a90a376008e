import { takeFreeName } from '../design/edit/ids'
import { NODE_HEIGHT } from '../design/geometry'
import type { DesignNode, PropValue } from '../design/types'
import type { DiagnosticTarget, Finding, Fix, PatchOp } from './types'
import type { DesignView, ViewEdge, ViewNode } from './view'

/** Small shared pieces of rule messages and fixes, so every rule words and patches things the same way. */

/** A rule's findings from a look at each item on its own: `find` gives the item's finding, or undefined for none. */
export function findEach<T>(items: Iterable<T>, find: (item: T) => Finding | undefined): Finding[] {
  const findings: Finding[] = []
  for (const item of items) {
    const finding = find(item)
    if (finding) findings.push(finding)
  }
  return findings
}

export function nodeTarget(node: ViewNode): DiagnosticTarget {
  return { type: 'node', id: node.id }
}

export function edgeTarget(edge: ViewEdge): DiagnosticTarget {
  return { type: 'edge', id: edge.id }
}

/** "Web", "Web and Mobile app", "A, B and C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** Three significant figures, grouped: 4715.02 -> "4,720", 47.15 -> "47.2", 0.5 -> "0.5". */
export function formatRps(value: number): string {
  if (value === 0 || !Number.isFinite(value)) return String(value)
  const text = String(Number(value.toPrecision(3)))
  if (text.includes('e')) return text
  const [whole, fraction] = text.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

export function formatPercent(ratio: number): string {
  return `${Number((ratio * 100).toPrecision(3))} %`
}

export function readNumber(node: ViewNode, key: string, fallback: number): number {
  const value = node.props[key]
  return typeof value === 'number' ? value : fallback
}

/** set-prop ops for the values that differ from the node's resolved props (a fix never rewrites a match). */
export function setProps(node: ViewNode, values: Readonly<Record<string, PropValue>>): PatchOp[] {
  const ops: PatchOp[] = []
  for (const [key, value] of Object.entries(values)) {
    if (node.props[key] !== value) ops.push({ op: 'set-prop', node: node.id, key, value })
  }
  return ops
}

export function setPropsFix(title: string, node: ViewNode, values: Readonly<Record<string, PropValue>>): Fix {
  return { title, patch: setProps(node, values) }
}

/** The first free id `<base>`, `<base>-2`, ... among the view's nodes and edges (core/design ids.ts). */
export function createUniqueId(view: DesignView, base: string, alsoTaken?: ReadonlySet<string>): string {
  return takeFreeName(base, { has: (id) => view.node(id) !== undefined || view.edge(id) !== undefined || alsoTaken?.has(id) === true })
}

/** Adds a queue below `node` and names it the node's deadLetterQueue: one step, one undo. */
export function createDeadLetterQueueFix(view: DesignView, node: ViewNode): Fix {
  const id = createUniqueId(view, `${node.id}-dlq`)
  const queue: DesignNode = {
    id,
    kind: 'queue',
    technology: 'aws-sqs',
    label: `${node.name} DLQ`.slice(0, 200),
    position: { x: node.node.position.x, y: node.node.position.y + NODE_HEIGHT + 60 },
  }
  if (node.node.parent !== undefined) queue.parent = node.node.parent
  // SQS requires a FIFO queue's dead-letter queue to be FIFO too.
  if (node.kind === 'queue' && node.props.fifo === true) queue.props = { fifo: true }
  return {
    title: 'Add a dead-letter queue',
    patch: [
      { op: 'add-node', node: queue },
      { op: 'set-prop', node: node.id, key: 'deadLetterQueue', value: id },
    ],
  }
}
