import type { Edge, Node } from '@xyflow/react'
import type { Design, DesignEdge, DesignNode, Position } from '@core/design/types'
import { computeNodeRects, type Rect } from '@core/design/geometry'
import { indexZones, type ZoneIndex } from '@core/design/zones'
import { getKindSpec, getTechnology } from '@core/catalogue'
import { getCardTitle, type EdgePill, type Point } from '@core/picture'

/**
 * The design <-> React Flow mapping. The design stores ABSOLUTE positions and zones without a size (drawn
 * around their children); React Flow wants child positions RELATIVE to their parent and parents listed before
 * children. Node objects are cached per design node so an edit re-creates only what it touched: React Flow
 * then keeps the internals of every other node (the difference between smooth and sluggish at 1,000 nodes).
 */

export type ComponentNodeData = { node: DesignNode }
export type ZoneNodeData = { node: DesignNode }
export type ComponentFlowNode = Node<ComponentNodeData, 'component'>
export type ZoneFlowNode = Node<ZoneNodeData, 'zone'>
export type FlowNode = ComponentFlowNode | ZoneFlowNode
/** Where core/picture placed the edge's pill, for the path between `start` and `end` (the cards at rest). */
export interface PlacedPill {
  pill: EdgePill
  start: Point
  end: Point
}
export type ArchEdgeData = { edge: DesignEdge; placed?: PlacedPill }
export type FlowEdge = Edge<ArchEdgeData, 'arch'>

interface CachedNode {
  source: DesignNode
  key: string
  flow: FlowNode
}

interface Placement {
  node: DesignNode
  position: Position
  rect: Rect
  parent: string | undefined
  geometryKey: string
}

/** Geometry and drawing order depend on the design only, so a selection change reuses them. */
function placeNodes(design: Design): Placement[] {
  const rects = computeNodeRects(design)
  const zones = indexZones(design)
  return orderForFlow(design.nodes, zones).map((node) => {
    const parent = zones.parentOf(node.id)
    const rect = rects.get(node.id) as Rect
    const parentRect = parent ? rects.get(parent) : undefined
    const position = parentRect ? { x: rect.x - parentRect.x, y: rect.y - parentRect.y } : { x: rect.x, y: rect.y }
    const geometryKey = `${position.x},${position.y},${rect.width},${rect.height},${parent ?? ''}`
    return { node, position, rect, parent, geometryKey }
  })
}

/**
 * Parents before children (React Flow's rule): the zones outer first, then every card in file order. Only zones
 * hold children, so a card's place in the list never depends on its zone: a card dropped into or out of a zone
 * keeps its place. Sorted by depth, it jumped between the depths' runs, and React moved the DOM element of every
 * card it passed (about half of 1,000 at a drop: each re-laid out and repainted, ~100 ms).
 */
export function orderForFlow(nodes: readonly DesignNode[], zones: Pick<ZoneIndex, 'sortOuterFirst'>): DesignNode[] {
  return [...zones.sortOuterFirst(nodes.filter((n) => n.kind === 'zone')), ...nodes.filter((n) => n.kind !== 'zone')]
}

/**
 * Whether every node keeps its id, kind, zone and position (in the same order): then every card's rectangle and
 * the drawing order are unchanged. `isSameToo` adds a test for the nodes that are new objects.
 */
export function isSameLayout(
  before: readonly DesignNode[],
  after: readonly DesignNode[],
  isSameToo: (a: DesignNode, b: DesignNode) => boolean = () => true,
): boolean {
  if (before === after) return true
  if (before.length !== after.length) return false
  for (let i = 0; i < after.length; i++) {
    const [a, b] = [before[i], after[i]]
    if (a === b) continue
    if (a.id !== b.id || a.kind !== b.kind || a.parent !== b.parent) return false
    if (a.position.x !== b.position.x || a.position.y !== b.position.y || !isSameToo(a, b)) return false
  }
  return true
}

/** The previous placements, each carrying the design's current node object. */
function withCurrentNodes(placements: Placement[], before: readonly DesignNode[], after: readonly DesignNode[]): Placement[] {
  const changed = new Map<string, DesignNode>()
  for (let i = 0; i < after.length; i++) if (before[i] !== after[i]) changed.set(after[i].id, after[i])
  if (changed.size === 0) return placements
  return placements.map((p) => {
    const node = changed.get(p.node.id)
    return node ? { ...p, node } : p
  })
}

/** A mapper with its own cache: call it with each new design; unchanged nodes come back as the same objects. */
export function createNodeMapper(): (design: Design, selected: ReadonlySet<string>) => FlowNode[] {
  let cache = new Map<string, CachedNode>()
  let placedFor: Design | null = null
  let placements: Placement[] = []
  return (design, selected) => {
    if (design !== placedFor) {
      // An edit of a prop or a label moves no card: no zones to measure or nodes to sort again (1,000 nodes).
      placements =
        placedFor && isSameLayout(placedFor.nodes, design.nodes)
          ? withCurrentNodes(placements, placedFor.nodes, design.nodes)
          : placeNodes(design)
      placedFor = design
    }
    const next = new Map<string, CachedNode>()
    const out = placements.map(({ node, position, rect, parent, geometryKey }) => {
      const isSelected = selected.has(node.id)
      const key = `${geometryKey},${isSelected ? 1 : 0}`
      const cached = cache.get(node.id)
      const flow = cached && cached.source === node && cached.key === key ? cached.flow : toFlowNode(node, position, rect, parent, isSelected)
      next.set(node.id, { source: node, key, flow })
      return flow
    })
    cache = next
    return out
  }
}

function toFlowNode(node: DesignNode, position: Position, rect: Rect, parent: string | undefined, isSelected: boolean): FlowNode {
  const tech = getTechnology(node)
  const base = {
    id: node.id,
    // What a screen reader announces when the card gets focus.
    ariaLabel: `${getCardTitle(node)}, ${getKindSpec(node.kind).label} (${tech.label})`,
    position,
    data: { node },
    selected: isSelected,
    width: rect.width,
    height: rect.height,
    measured: { width: rect.width, height: rect.height },
    ...(parent ? { parentId: parent } : {}),
  }
  if (node.kind === 'zone') return { ...base, type: 'zone', className: 'flow-zone' } as ZoneFlowNode
  return { ...base, type: 'component', zIndex: CARD_Z } as ComponentFlowNode
}

/**
 * Cards sit above every edge. React Flow lifts an edge whose end is inside a zone to that card's depth (so it
 * shows over the zone), which put it over the cards outside zones: far out, pressing a card where such an edge
 * crossed it grabbed the edge. With every card at this depth (above any nesting of zones) an edge lifted to a
 * card's depth is drawn before the cards, so under them.
 */
export const CARD_Z = 100

/**
 * The newly derived nodes, except that a node React Flow already holds with the same content keeps the object
 * React Flow has (its local copy after a drag or a measurement): React Flow rebuilds the internals of, and
 * re-renders, every node whose object is new, which at 1,000 cards made a drop cost all of them.
 */
export function reuseUnchangedNodes(current: readonly FlowNode[], derived: FlowNode[]): FlowNode[] {
  const byId = new Map(current.map((n) => [n.id, n]))
  let isAllReused = derived.length === current.length
  const out = derived.map((next, i) => {
    const held = byId.get(next.id)
    const keep = held !== undefined && isSameNode(held, next)
    if (!keep || held !== current[i]) isAllReused = false
    return keep ? held : next
  })
  return isAllReused ? (current as FlowNode[]) : out
}

function isSameNode(a: FlowNode, b: FlowNode): boolean {
  return (
    a.data === b.data &&
    a.type === b.type &&
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.parentId === b.parentId &&
    !!a.selected === !!b.selected &&
    a.width === b.width &&
    a.height === b.height &&
    a.measured?.width === b.measured?.width &&
    a.measured?.height === b.measured?.height &&
    a.ariaLabel === b.ariaLabel &&
    a.className === b.className
  )
}

const isSamePoint = (a: Point, b: Point): boolean => a.x === b.x && a.y === b.y

function isSamePlacement(a: PlacedPill | undefined, b: PlacedPill | undefined): boolean {
  if (a === b) return true
  if (!a || !b) return false
  const [r, q] = [a.pill.rect, b.pill.rect]
  return r.x === q.x && r.y === q.y && r.width === q.width && a.pill.label === b.pill.label && isSamePoint(a.start, b.start) && isSamePoint(a.end, b.end)
}

interface CachedEdge {
  source: DesignEdge
  isSelected: boolean
  placed?: PlacedPill
  flow: FlowEdge
}

/**
 * Like the node mapper: an edge object is re-created only when its edge, selection or pill place changed; when
 * none did, the previous array itself comes back, and React Flow does not re-index its ~1,500 edges.
 */
export function createEdgeMapper(): (design: Design, selected: ReadonlySet<string>, pills?: ReadonlyMap<string, PlacedPill>) => FlowEdge[] {
  let cache = new Map<string, CachedEdge>()
  let previous: FlowEdge[] = []
  return (design, selected, pills) => {
    const next = new Map<string, CachedEdge>()
    const out = design.edges.map((edge) => {
      const isSelected = selected.has(edge.id)
      const placed = pills?.get(edge.id)
      const cached = cache.get(edge.id)
      const flow: FlowEdge =
        cached && cached.source === edge && cached.isSelected === isSelected && isSamePlacement(cached.placed, placed)
          ? cached.flow
          : { id: edge.id, source: edge.source, target: edge.target, type: 'arch', data: placed ? { edge, placed } : { edge }, selected: isSelected }
      next.set(edge.id, { source: edge, isSelected, placed, flow })
      return flow
    })
    cache = next
    if (out.length === previous.length && out.every((flow, i) => flow === previous[i])) return previous
    previous = out
    return out
  }
}

/**
 * A finished drag back into design terms: React Flow reports each dragged node's position relative to its
 * parent; the parent did not move during the drag (React Flow never drags a child whose parent is dragged too),
 * so its rectangle in the design gives the absolute position.
 */
export function toAbsoluteMoves(design: Design, dragged: ReadonlyArray<{ id: string; position: Position; parentId?: string }>): Map<string, Position> {
  const rects = computeNodeRects(design)
  const moves = new Map<string, Position>()
  for (const node of dragged) {
    const parentRect = node.parentId ? rects.get(node.parentId) : undefined
    moves.set(node.id, parentRect ? { x: parentRect.x + node.position.x, y: parentRect.y + node.position.y } : { ...node.position })
  }
  return moves
}
