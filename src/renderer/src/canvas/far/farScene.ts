import { isEdgeOptional } from '@core/design/edges'
import { computeNodeRects, type Rect } from '@core/design/geometry'
import type { Design, DesignEdge, DesignNode, EdgeMode, Severity } from '@core/design/types'
import { indexZones } from '@core/design/zones'
import { getTechnology } from '@core/catalogue'
import {
  computeEdgePath,
  describeCard,
  drawEdgeStroke,
  getStackDepth,
  createEdgePather,
  layoutChips,
  type CardFace,
  type CardMarks,
  type Chip,
  type EdgeRouteInput,
  type EdgeStateMark,
  type Point,
} from '@core/picture'
import type { ExportRoutes } from '@renderer/store'

/**
 * What the canvas draws far out, on a <canvas> (FarCanvas.tsx): the picture of core/picture reduced to what can
 * be seen under 20 %: zones, cards with their colours and marks, edges with their arrows. Built once per design,
 * analysis or scenario (the selection is drawn apart, farPaint.ts); a drag moves a few cards and their edges.
 */

export interface FarCard {
  id: string
  node: DesignNode
  rect: Rect
  face: CardFace
  marks: CardMarks
  chips: readonly Chip[]
}

export interface FarZone extends FarCard {
  isRegion: boolean
}

export interface FarEdge {
  id: string
  edge: DesignEdge
  source: string
  target: string
  /** Where its two cards were when its path was made (the path is kept while they stay). */
  sourceRect: Rect
  targetRect: Rect
  route?: EdgeRouteInput
  /** SVG path data of the line (core's stroke, ending short of the arrow's tip) and the arrowhead's corners. */
  d: string
  arrow: readonly [Point, Point, Point]
  /** The box the path stays in. */
  bounds: Rect
  mode: EdgeMode
  isOptional: boolean
  worst?: Severity
  state?: EdgeStateMark
}

export interface FarScene {
  /** Outer zones first, as the canvas stacks them. */
  zones: FarZone[]
  cards: FarCard[]
  edges: FarEdge[]
  /** Zones and cards by id; edges by id. */
  index: ReadonlyMap<string, FarCard>
  edgeIndex: ReadonlyMap<string, FarEdge>
}

export interface FarSceneInput {
  design: Design
  nodeMarks: (id: string) => CardMarks
  edgeWorst: (id: string) => Severity | null | undefined
  edgeState: (id: string) => EdgeStateMark | null | undefined
  routes: ExportRoutes
}

/** What a card or zone draws beyond its rectangle (the SPOF ring 6 px out, the chips on its top border). */
const REACH = 12
/** What an edge draws beyond its path's box: its width, the arrowhead. */
const EDGE_REACH = 6

const faces = new WeakMap<DesignNode, CardFace>()

/** describeCard wraps the title: once per node object, not once per scene. */
function faceOf(node: DesignNode, width: number): CardFace {
  let face = faces.get(node)
  if (!face || face.titleLines.length === 0) faces.set(node, (face = describeCard(node, width)))
  return face
}

/**
 * The scene of the input. With the `previous` scene, a card, zone or edge that did not change (the same node or
 * edge object, rectangle and marks; an edge whose two cards did not move) is the previous object: after a drop
 * at 5,000 nodes only the few that changed are made again, and diffFarScenes finds them by identity.
 */
export function buildFarScene(input: FarSceneInput, previous?: FarScene): FarScene {
  const { design } = input
  const rects = computeNodeRects(design)
  const describe = (node: DesignNode): FarCard => {
    const rect = rects.get(node.id) as Rect
    const marks = input.nodeMarks(node.id)
    const before = previous?.index.get(node.id)
    if (before && isSameNode(before.node, node) && before.marks === marks && isSameRect(before.rect, rect)) return before
    return { id: node.id, node, rect, face: faceOf(node, rect.width), marks, chips: layoutChips(rect.width, rect.height, marks) }
  }
  const zones = indexZones(design)
    .sortOuterFirst(design.nodes.filter((n) => n.kind === 'zone'))
    .map((zone): FarZone => {
      const before = previous?.index.get(zone.id) as FarZone | undefined
      const card = describe(zone)
      return card === before ? before : { ...card, isRegion: getTechnology(zone).id === 'region' }
    })
  const cards = design.nodes.filter((n) => n.kind !== 'zone').map(describe)
  const pathOf = createEdgePather(design, rects, input.routes)
  const kinds = new Map(design.nodes.map((n) => [n.id, n.kind]))
  const edges: FarEdge[] = []
  for (const edge of design.edges) {
    const worst = input.edgeWorst(edge.id) ?? undefined
    const state = input.edgeState(edge.id) ?? undefined
    const route = Object.hasOwn(input.routes, edge.id) ? input.routes[edge.id] : undefined
    const before = previous?.edgeIndex.get(edge.id)
    const [source, target] = [rects.get(edge.source), rects.get(edge.target)]
    if (!source || !target) continue
    const isKept =
      before !== undefined &&
      before.edge === edge &&
      before.route?.points === route?.points &&
      before.route?.curve === route?.curve &&
      before.worst === worst &&
      before.state === state &&
      isSameRect(before.sourceRect, source) &&
      isSameRect(before.targetRect, target)
    if (isKept) {
      edges.push(before)
      continue
    }
    const path = pathOf(edge)
    if (!path) continue
    const stroke = drawEdgeStroke(path)
    edges.push({
      id: edge.id,
      edge,
      source: edge.source,
      target: edge.target,
      sourceRect: source,
      targetRect: target,
      ...(route ? { route } : {}),
      d: stroke.d,
      arrow: stroke.arrow,
      bounds: path.bounds,
      mode: edge.mode,
      isOptional: isEdgeOptional(edge, kinds.get(edge.target)),
      ...(worst ? { worst } : {}),
      ...(state ? { state } : {}),
    })
  }
  return indexScene({ zones, cards, edges })
}

function indexScene(scene: Pick<FarScene, 'zones' | 'cards' | 'edges'>): FarScene {
  return {
    ...scene,
    index: new Map([...scene.zones, ...scene.cards].map((item) => [item.id, item])),
    edgeIndex: new Map(scene.edges.map((edge) => [edge.id, edge])),
  }
}

/**
 * A card is drawn from its whole node (its props decide the copies and the stack); a zone only from its label and
 * technology, and a move elsewhere gives every zone a new object (core's moveNodes sets their places again).
 */
const isSameNode = (a: DesignNode, b: DesignNode): boolean =>
  a === b || (a.kind === 'zone' && b.kind === 'zone' && a.label === b.label && a.technology === b.technology)

const isSameRect = (a: Rect, b: Rect): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height

/**
 * The box of what differs between two scenes (made by buildFarScene, so an unchanged item is the same object):
 * where each changed, added or removed card, zone or edge was and is, with what it draws beyond its rectangle.
 * Null when nothing differs. `count`: how many items differ.
 */
export function diffFarScenes(before: FarScene, after: FarScene): { box: Rect | null; count: number } {
  const box = new BoxBuilder()
  const count =
    diffIndex(before.index, after.index, (item) => box.add(item.rect, REACH)) +
    diffIndex(before.edgeIndex, after.edgeIndex, (edge) => box.add(edge.bounds, EDGE_REACH))
  return { box: box.build(), count }
}

/** Calls `add` with each item that differs, as it was and as it is; returns how many differ. */
function diffIndex<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>, add: (item: T) => void): number {
  let count = 0
  for (const [id, item] of after) {
    const old = before.get(id)
    if (old === item) continue
    count++
    add(item)
    if (old) add(old)
  }
  for (const [id, old] of before) {
    if (after.has(id)) continue
    count++
    add(old)
  }
  return count
}

class BoxBuilder {
  private left = Infinity
  private top = Infinity
  private right = -Infinity
  private bottom = -Infinity
  add(r: Rect, reach: number): void {
    this.left = Math.min(this.left, r.x - reach)
    this.top = Math.min(this.top, r.y - reach)
    this.right = Math.max(this.right, r.x + r.width + reach)
    this.bottom = Math.max(this.bottom, r.y + r.height + reach)
  }
  build(): Rect | null {
    return this.right > this.left ? { x: this.left, y: this.top, width: this.right - this.left, height: this.bottom - this.top } : null
  }
}

/**
 * The scene with `moving` (the dragged nodes and everything inside the zones among them) moved by `delta`, as
 * a drag shows it before the drop: their edges take the curve between the cards' new places (a route no longer
 * fits them), the zones around them keep their size until the drop lets the design draw them around their
 * children again.
 */
export function moveInScene(scene: FarScene, design: Design, moving: ReadonlySet<string>, delta: Point): FarScene {
  if (delta.x === 0 && delta.y === 0) return scene
  const shift = <T extends FarCard>(item: T): T => (moving.has(item.id) ? { ...item, rect: { ...item.rect, x: item.rect.x + delta.x, y: item.rect.y + delta.y } } : item)
  const zones = scene.zones.map(shift)
  const cards = scene.cards.map(shift)
  const rects = new Map<string, Rect>()
  for (const item of [...zones, ...cards]) rects.set(item.id, item.rect)
  const byId = new Map(design.nodes.map((n) => [n.id, n]))
  const edges = scene.edges.map((edge) => {
    if (!moving.has(edge.source) && !moving.has(edge.target)) return edge
    const source = rects.get(edge.source)
    const target = rects.get(edge.target)
    const targetNode = byId.get(edge.target)
    if (!source || !target || !targetNode) return edge
    const path = computeEdgePath(source, target, edge.source === edge.target, undefined, getStackDepth(targetNode))
    const stroke = drawEdgeStroke(path)
    return { ...edge, d: stroke.d, arrow: stroke.arrow, bounds: path.bounds }
  })
  return indexScene({ zones, cards, edges })
}

/**
 * What a press at `point` (flow coordinates) lands on: the topmost card (cards are drawn over zones, the later
 * over the earlier), else the innermost zone, else nothing.
 */
export function hitFarScene(scene: FarScene, point: Point): FarCard | null {
  const inside = (r: Rect) => point.x >= r.x && point.x <= r.x + r.width && point.y >= r.y && point.y <= r.y + r.height
  for (let i = scene.cards.length - 1; i >= 0; i--) if (inside(scene.cards[i].rect)) return scene.cards[i]
  for (let i = scene.zones.length - 1; i >= 0; i--) if (inside(scene.zones[i].rect)) return scene.zones[i]
  return null
}


/**
 * The box that the moving nodes and their edges cover, where a drag starts: drawing the rest again inside it
 * takes them off the picture (FarCanvas.tsx), without drawing the whole design again.
 */
export function measureMoving(scene: FarScene, moving: ReadonlySet<string>): Rect | null {
  const box = new BoxBuilder()
  for (const item of [...scene.zones, ...scene.cards]) if (moving.has(item.id)) box.add(item.rect, REACH)
  for (const edge of scene.edges) if (moving.has(edge.source) || moving.has(edge.target)) box.add(edge.bounds, EDGE_REACH)
  return box.build()
}

export function overlaps(a: Rect, b: Rect, reach = 0): boolean {
  return a.x - reach < b.x + b.width && b.x < a.x + a.width + reach && a.y - reach < b.y + b.height && b.y < a.y + a.height + reach
}

/**
 * The topmost edge whose line passes within `reach` (flow units) of `point`: the last drawn, as on the canvas.
 * `isOnLine` tests the line itself (the canvas asks its 2D context); its box, widened by `reach`, is tested first.
 */
export function hitFarEdge(scene: FarScene, point: Point, reach: number, isOnLine: (edge: FarEdge) => boolean): FarEdge | null {
  for (let i = scene.edges.length - 1; i >= 0; i--) {
    const edge = scene.edges[i]
    if (overlaps(edge.bounds, { x: point.x, y: point.y, width: 0, height: 0 }, reach) && isOnLine(edge)) return edge
  }
  return null
}

/** What a selection box drawn far out selects: as React Flow's box near, every zone and card it touches, and every connection of those. */
export interface BoxSelection {
  nodes: ReadonlySet<string>
  edges: ReadonlySet<string>
}

export function selectInBox(scene: FarScene, box: Rect): BoxSelection {
  const nodes = new Set<string>()
  for (const item of scene.zones) if (overlaps(item.rect, box)) nodes.add(item.id)
  for (const item of scene.cards) if (overlaps(item.rect, box)) nodes.add(item.id)
  const edges = new Set<string>()
  if (nodes.size > 0) for (const edge of scene.edges) if (nodes.has(edge.source) || nodes.has(edge.target)) edges.add(edge.id)
  return { nodes, edges }
}

/** Whether two box selections hold the same nodes (their edges follow from the nodes). */
export function isSameBoxSelection(a: BoxSelection, b: BoxSelection): boolean {
  if (a.nodes.size !== b.nodes.size) return false
  for (const id of a.nodes) if (!b.nodes.has(id)) return false
  return true
}
