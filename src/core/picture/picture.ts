import { isEdgeOptional } from '../design/edges'
import { computeNodeRects, unionRects, type Rect } from '../design/geometry'
import type { Design, DesignEdge, DesignNode, Severity } from '../design/types'
import { indexZones } from '../design/zones'
import { getTechnology } from '../catalogue'
import { describeCard, getStackDepth, type CardFace } from './card'
import { computeEdgePath, drawEdgeStroke, type EdgeRouteInput, type EdgeStroke } from './edgeGeometry'
import type { EdgePath } from './edgePath'
import { collectMarks, layoutChips, CHIP, type CardMarks, type Chip, type PictureAnalysis } from './marks'
import { layoutPills, type EdgePill } from './pills'
import { collectStateMarks, describeScenario, type EdgeStateMark, type PictureScenario } from './scenario'
import type { ThemeName } from './theme'

/**
 * Design + analysis + view options -> what is drawn: the one model the canvas renders with React Flow and
 * core/export serialises to SVG. Neither computes a fact of its own (a title, a mark, a path, a colour's
 * meaning); they only turn these records into DOM or markup. The model names colours by meaning (category,
 * severity, heat band) and the theme says what they are.
 */

export interface PictureOptions {
  theme?: ThemeName
  /** The heat view: each card's utilisation band and percentage. */
  heat?: boolean
  /**
   * Edge id -> the path auto-layout routed it along (absolute, source to target), as the canvas draws it.
   * Those edges are drawn along their route; the rest (and ids of no edge) keep the usual curve.
   */
  routes?: Readonly<Record<string, EdgeRouteInput>>
  /**
   * The what-if mode's scenario (core/analysis evaluateScenario's result): each card's state mark, each edge's
   * state and the scenario's name in the legend. It changes the marks, never the geometry.
   */
  scenario?: PictureScenario
}

export interface CardPicture {
  id: string
  rect: Rect
  face: CardFace
  marks: CardMarks
  chips: readonly Chip[]
}

export interface ZonePicture extends CardPicture {
  /** A region draws a solid border; other zones a dashed one. */
  isRegion: boolean
}

export interface EdgePicture {
  id: string
  edge: DesignEdge
  isOptional: boolean
  /** The worst unsuppressed finding on the edge, which colours its line and marker. */
  worst?: Severity
  path: EdgePath
  stroke: EdgeStroke
  pill: EdgePill
  /** Only with a scenario: cut (failed), or down because an end is down. */
  state?: EdgeStateMark
}

export interface Picture {
  theme: ThemeName
  /** Outer zones first, so nested zones paint on top of the zone holding them. */
  zones: ZonePicture[]
  cards: CardPicture[]
  /** Edges with both ends on the picture, in file order. */
  edges: EdgePicture[]
  /** Everything drawn: cards with their stacks and chips, edges, pills; undefined for an empty design. */
  bounds?: Rect
  /** With a scenario: its name, for the legend ("What if: Timeline service, zone us-east-1a fail"). */
  whatIf?: { title: string }
}

/** How far the stack and the chips reach past a card's rectangle. */
export const NODE_OVERHANG = { right: 9, bottom: CHIP.height / 2 + 1, top: CHIP.height / 2 + 1 }

export function buildPicture(design: Design, analysis?: PictureAnalysis, options: PictureOptions = {}): Picture {
  const rects = computeNodeRects(design)
  const byId = new Map(design.nodes.map((n) => [n.id, n]))
  const scenario = options.scenario ? collectStateMarks(design, options.scenario) : undefined
  const marks = collectMarks(design, analysis, options.heat === true, scenario?.nodes)
  const zoneIndex = indexZones(design)

  const describe = (id: string): CardPicture => {
    const node = byId.get(id)!
    const rect = rects.get(id)!
    const nodeMarks = marks.nodes.get(id)!
    return { id, rect, face: describeCard(node, rect.width), marks: nodeMarks, chips: layoutChips(rect.width, rect.height, nodeMarks) }
  }
  const zones = zoneIndex
    .sortOuterFirst(design.nodes.filter((n) => n.kind === 'zone'))
    .map((zone) => ({ ...describe(zone.id), isRegion: getTechnology(zone).id === 'region' }))
  const cards = design.nodes.filter((n) => n.kind !== 'zone').map((n) => describe(n.id))

  const { paths, pills } = layoutEdges(design, rects, options.routes)
  const edges: EdgePicture[] = []
  for (const edge of design.edges) {
    const path = paths.get(edge.id)
    const pill = pills.get(edge.id)
    if (!path || !pill) continue
    const worst = marks.edges.get(edge.id)
    const state = scenario?.edges.get(edge.id)
    edges.push({
      id: edge.id,
      edge,
      isOptional: isEdgeOptional(edge, byId.get(edge.target)?.kind),
      ...(worst ? { worst } : {}),
      path,
      stroke: drawEdgeStroke(path),
      pill,
      ...(state ? { state } : {}),
    })
  }
  const picture: Picture = { theme: options.theme ?? 'light', zones, cards, edges, bounds: measureBounds(zones, cards, edges) }
  if (options.scenario) picture.whatIf = { title: describeScenario(design, options.scenario.fails) }
  return picture
}

/**
 * Every edge's path and pill for cards at `rects` (the design's): the canvas asks this for the pills while its
 * cards sit where the design has them, the picture for everything it draws.
 */
export function layoutEdges(
  design: Pick<Design, 'nodes' | 'edges'>,
  rects: ReadonlyMap<string, Rect>,
  routes?: PictureOptions['routes'],
): { paths: Map<string, EdgePath>; pills: Map<string, EdgePill> } {
  const paths = layoutEdgePaths(design, rects, routes)
  const cards: Rect[] = []
  for (const node of design.nodes) if (node.kind !== 'zone') cards.push(rects.get(node.id)!)
  return { paths, pills: layoutPills(design.edges, paths, cards) }
}

/** Every edge's path for cards at `rects`, without the pills (the canvas far out draws no pill). */
export function layoutEdgePaths(
  design: Pick<Design, 'nodes' | 'edges'>,
  rects: ReadonlyMap<string, Rect>,
  routes?: PictureOptions['routes'],
): Map<string, EdgePath> {
  const pathOf = createEdgePather(design, rects, routes)
  const paths = new Map<string, EdgePath>()
  for (const edge of design.edges) {
    const path = pathOf(edge)
    if (path) paths.set(edge.id, path)
  }
  return paths
}

/**
 * One edge's path for cards at `rects`: along its route when it has one, else the curve between its cards;
 * undefined when an end is missing. For a caller that keeps the paths of edges whose cards did not move.
 */
export function createEdgePather(
  design: Pick<Design, 'nodes'>,
  rects: ReadonlyMap<string, Rect>,
  routes?: PictureOptions['routes'],
): (edge: DesignEdge) => EdgePath | undefined {
  const byId = new Map(design.nodes.map((n) => [n.id, n]))
  // A node's stack depth resolves its props (redundancy): once per target, not once per edge into it.
  const depths = new Map<string, number>()
  const depthOf = (node: DesignNode): number => {
    let depth = depths.get(node.id)
    if (depth === undefined) depths.set(node.id, (depth = getStackDepth(node)))
    return depth
  }
  return (edge) => {
    const source = rects.get(edge.source)
    const target = rects.get(edge.target)
    const targetNode = byId.get(edge.target)
    if (!source || !target || !targetNode) return undefined
    const route = routes && Object.hasOwn(routes, edge.id) ? routes[edge.id] : undefined
    return computeEdgePath(source, target, edge.source === edge.target, route, depthOf(targetNode))
  }
}

function measureBounds(zones: readonly CardPicture[], cards: readonly CardPicture[], edges: readonly EdgePicture[]): Rect | undefined {
  const reach: Rect[] = []
  for (const { rect } of [...zones, ...cards]) {
    reach.push({
      x: rect.x,
      y: rect.y - NODE_OVERHANG.top,
      width: rect.width + NODE_OVERHANG.right,
      height: rect.height + NODE_OVERHANG.top + NODE_OVERHANG.bottom,
    })
  }
  for (const edge of edges) reach.push(edge.path.bounds, edge.pill.rect)
  return reach.length > 0 ? unionRects(reach) : undefined
}
