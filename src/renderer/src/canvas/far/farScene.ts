import { isEdgeOptional } from '@core/design/edges'
import { computeNodeRects, type Rect } from '@core/design/geometry'
import type { Design, DesignNode, EdgeMode, Severity } from '@core/design/types'
import { indexZones } from '@core/design/zones'
import { getTechnology } from '@core/catalogue'
import {
  computeEdgePath,
  describeCard,
  drawEdgeStroke,
  getStackDepth,
  layoutChips,
  layoutEdgePaths,
  type CardFace,
  type CardMarks,
  type Chip,
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
  source: string
  target: string
  /** SVG path data of the line (core's stroke, ending short of the arrow's tip) and the arrowhead's corners. */
  d: string
  arrow: readonly [Point, Point, Point]
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
}

export interface FarSceneInput {
  design: Design
  nodeMarks: (id: string) => CardMarks
  edgeWorst: (id: string) => Severity | null | undefined
  edgeState: (id: string) => EdgeStateMark | null | undefined
  routes: ExportRoutes
}

const faces = new WeakMap<DesignNode, CardFace>()

/** describeCard wraps the title: once per node object, not once per scene. */
function faceOf(node: DesignNode, width: number): CardFace {
  let face = faces.get(node)
  if (!face || face.titleLines.length === 0) faces.set(node, (face = describeCard(node, width)))
  return face
}

export function buildFarScene(input: FarSceneInput): FarScene {
  const { design } = input
  const rects = computeNodeRects(design)
  const describe = (node: DesignNode): FarCard => {
    const rect = rects.get(node.id) as Rect
    const marks = input.nodeMarks(node.id)
    return {
      id: node.id,
      node,
      rect,
      face: faceOf(node, rect.width),
      marks,
      chips: layoutChips(rect.width, rect.height, marks),
    }
  }
  const zones = indexZones(design)
    .sortOuterFirst(design.nodes.filter((n) => n.kind === 'zone'))
    .map((zone) => ({ ...describe(zone), isRegion: getTechnology(zone).id === 'region' }))
  const cards = design.nodes.filter((n) => n.kind !== 'zone').map(describe)
  const paths = layoutEdgePaths(design, rects, input.routes)
  const kinds = new Map(design.nodes.map((n) => [n.id, n.kind]))
  const edges: FarEdge[] = []
  for (const edge of design.edges) {
    const path = paths.get(edge.id)
    if (!path) continue
    const stroke = drawEdgeStroke(path)
    const worst = input.edgeWorst(edge.id)
    const state = input.edgeState(edge.id)
    edges.push({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      d: stroke.d,
      arrow: stroke.arrow,
      mode: edge.mode,
      isOptional: isEdgeOptional(edge, kinds.get(edge.target)),
      ...(worst ? { worst } : {}),
      ...(state ? { state } : {}),
    })
  }
  return { zones, cards, edges }
}

/**
 * The scene with `ids` (and everything inside the zones among them) moved by `delta`, as a drag shows it before
 * the drop: their edges take the curve between the cards' new places (a route no longer fits them), the zones
 * around them keep their size until the drop lets the design draw them around their children again.
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
    const stroke = drawEdgeStroke(computeEdgePath(source, target, edge.source === edge.target, undefined, getStackDepth(targetNode)))
    return { ...edge, d: stroke.d, arrow: stroke.arrow }
  })
  return { zones, cards, edges }
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
