import type { Design, DesignEdge, DesignNode, Kind, Position } from '../types'
import {
  computeNodeRects,
  rememberNodeRects,
  EMPTY_ZONE_HEIGHT,
  EMPTY_ZONE_WIDTH,
  NODE_HEIGHT,
  NODE_WIDTH,
  type Rect,
} from '../geometry'
import { getApplicableProps, getIncomingEdgeDefault, getKindSpec, getTechnology } from '../../catalogue'
import { indexZones } from '../zones'
import { collectIds, getIdBase, takeEdgeId, takeFreeId } from './ids'

/**
 * Pure edits of a Design: every function returns a new Design (or the same object when nothing changed, so
 * the undo history records no empty step). Positions are absolute; a zone's position follows its drawn
 * rectangle so a zone whose last child leaves stays where it was drawn.
 */

export function createNode(design: Design, kind: Kind, technology: string | undefined, position: Position): DesignNode {
  const tech = getTechnology({ kind, technology })
  const id = takeFreeId(getIdBase(kind, tech.id), collectIds(design))
  const node: DesignNode = { id, kind, technology: tech.id, label: tech.label, position: roundPosition(position) }
  const rects = computeNodeRects(design)
  const size = sizeOf(kind)
  const parent = findDropZone(design, rects, { x: position.x + size.width / 2, y: position.y + size.height / 2 }, new Set())
  if (parent) node.parent = parent
  return node
}

export function sizeOf(kind: Kind): { width: number; height: number } {
  return kind === 'zone' ? { width: EMPTY_ZONE_WIDTH, height: EMPTY_ZONE_HEIGHT } : { width: NODE_WIDTH, height: NODE_HEIGHT }
}

/** The innermost (smallest) zone whose rectangle holds the point, skipping `excluded` ids. */
export function findDropZone(
  design: Pick<Design, 'nodes'>,
  rects: ReadonlyMap<string, Readonly<Rect>>,
  point: Position,
  excluded: ReadonlySet<string>,
): string | undefined {
  let best: { id: string; area: number } | undefined
  for (const node of design.nodes) {
    if (node.kind !== 'zone' || excluded.has(node.id)) continue
    const r = rects.get(node.id)
    if (!r || point.x < r.x || point.y < r.y || point.x > r.x + r.width || point.y > r.y + r.height) continue
    const area = r.width * r.height
    if (!best || area < best.area) best = { id: node.id, area }
  }
  return best?.id
}

/** The ids of every node inside the given ones (children of zones, transitively), cycles cut. */
export function collectDescendants(design: Pick<Design, 'nodes'>, ids: Iterable<string>): Set<string> {
  return indexZones(design).collectDescendants(ids)
}

/**
 * Moves nodes to new absolute top-left positions (a zone: its drawn rectangle's corner). A moved zone carries
 * its contents along; each moved node then joins the innermost zone under its centre (or leaves its zone),
 * judged against the rectangles as they were before the move so a small nudge never drops a node out.
 */
export function moveNodes(design: Design, moves: ReadonlyMap<string, Position>): Design {
  if (moves.size === 0) return design
  const rects = computeNodeRects(design)
  const deltas = new Map<string, Position>()
  for (const [id, to] of moves) {
    const r = rects.get(id)
    if (!r) continue
    const delta = { x: Math.round(to.x - r.x), y: Math.round(to.y - r.y) }
    deltas.set(id, delta)
    for (const child of collectDescendants(design, [id])) if (!moves.has(child)) deltas.set(child, delta)
  }
  const parents = new Map<string, string | undefined>()
  for (const [id] of moves) {
    const r = rects.get(id)
    const delta = deltas.get(id)
    if (!r || !delta) continue
    const excluded = collectDescendants(design, [id])
    excluded.add(id)
    const centre = { x: r.x + delta.x + r.width / 2, y: r.y + delta.y + r.height / 2 }
    parents.set(id, findDropZone(design, rects, centre, excluded))
  }
  let changed = false
  const nodes = design.nodes.map((node) => {
    const delta = deltas.get(node.id)
    const hasNewParent = parents.has(node.id) && parents.get(node.id) !== node.parent
    if ((!delta || (delta.x === 0 && delta.y === 0)) && !hasNewParent) return node
    changed = true
    const origin: Position = node.kind === 'zone' ? (rects.get(node.id) ?? node.position) : node.position
    const next: DesignNode = { ...node }
    if (delta) next.position = { x: Math.round(origin.x + delta.x), y: Math.round(origin.y + delta.y) }
    if (hasNewParent) setParent(next, parents.get(node.id))
    return next
  })
  return changed ? normalizeZones({ ...design, nodes }) : design
}

function setParent(node: DesignNode, parent: string | undefined): void {
  if (parent) node.parent = parent
  else delete node.parent
}

/** Keeps every zone's stored position on its drawn rectangle's corner (see the module comment). */
export function normalizeZones(design: Design): Design {
  if (!design.nodes.some((n) => n.kind === 'zone')) return design
  const rects = computeNodeRects(design)
  let changed = false
  const nodes = design.nodes.map((node) => {
    if (node.kind !== 'zone') return node
    const r = rects.get(node.id)
    if (!r || (r.x === node.position.x && r.y === node.position.y)) return node
    changed = true
    return { ...node, position: { x: r.x, y: r.y } }
  })
  if (!changed) return design
  // Each zone is now where it is drawn: every rectangle is the same (the canvas asks for them next).
  const normalized = { ...design, nodes }
  rememberNodeRects(normalized, rects)
  return normalized
}

/** Removes nodes (with the contents of removed zones), edges, and every edge and reference left dangling. */
export function removeItems(design: Design, nodeIds: Iterable<string>, edgeIds: Iterable<string>): Design {
  const goneNodes = new Set(nodeIds)
  for (const id of collectDescendants(design, goneNodes)) goneNodes.add(id)
  const goneEdges = new Set(edgeIds)
  const nodes = design.nodes.filter((n) => !goneNodes.has(n.id)).map((n) => dropDanglingRefs(n, goneNodes))
  const edges = design.edges.filter((e) => !goneEdges.has(e.id) && !goneNodes.has(e.source) && !goneNodes.has(e.target))
  if (nodes.length === design.nodes.length && edges.length === design.edges.length) return design
  return normalizeZones({ ...design, nodes, edges })
}

function dropDanglingRefs(node: DesignNode, gone: ReadonlySet<string>): DesignNode {
  const dlq = node.props?.deadLetterQueue
  if (typeof dlq === 'string' && gone.has(dlq)) {
    const props = { ...node.props }
    delete props.deadLetterQueue
    return { ...node, props }
  }
  return node
}

/** A new edge that starts as the target's kind says (read from DNS, write to a queue, async to a log...). */
export function createEdge(design: Design, source: string, target: string): DesignEdge | null {
  const from = design.nodes.find((n) => n.id === source)
  const to = design.nodes.find((n) => n.id === target)
  if (!from || !to || from.kind === 'zone' || to.kind === 'zone') return null
  const id = takeEdgeId(source, target, collectIds(design))
  const { mode, access } = getIncomingEdgeDefault(to.kind)
  return { id, source, target, mode, access }
}

/**
 * Switching technology keeps only the props that still apply and renames a label that was the old
 * technology's default name, so a "PostgreSQL" node switched to MySQL does not keep saying PostgreSQL.
 */
export function changeTechnology(node: DesignNode, technology: string): DesignNode {
  const spec = getKindSpec(node.kind)
  if (!spec.technologies.some((t) => t.id === technology)) return node
  const oldTech = getTechnology(node)
  const newTech = getTechnology({ kind: node.kind, technology })
  const applicable = new Set(getApplicableProps(node.kind, newTech.id).map((p) => p.key))
  const catalogueKeys = new Set(spec.props.map((p) => p.key))
  const next: DesignNode = { ...node, technology: newTech.id }
  if (node.props) {
    const props: Record<string, unknown> = {}
    for (const [key, value] of Object.entries(node.props)) {
      if (!catalogueKeys.has(key) || applicable.has(key)) props[key] = value
    }
    next.props = props
  }
  if (!node.label || node.label === oldTech.label) next.label = newTech.label
  return next
}

function roundPosition(p: Position): Position {
  return { x: Math.round(p.x), y: Math.round(p.y) }
}
