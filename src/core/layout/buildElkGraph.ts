import { indexZones } from '../design/zones'
import { EMPTY_ZONE_HEIGHT, EMPTY_ZONE_WIDTH, NODE_HEIGHT, NODE_WIDTH, ZONE_HEADER, ZONE_PADDING } from '../design/geometry'
import type { Design, DesignNode } from '../design/types'
import type { ElkEdgeJson, ElkLayoutOptions, ElkNodeJson } from './elkTypes'
import {
  countPartitionPairs,
  FIRST_PARTITION,
  LAST_PARTITION,
  MAX_PARTITION_PAIRS,
  ROLE_PARTITIONS,
  switchToLayerConstraints,
} from './ranks'

/**
 * Design -> ELK graph for the layered algorithm. Ranks follow roles, so every design reads the same way:
 * entry points, then routers, then compute, then messaging, then data. Zones become compound nodes around
 * their children. Pure: the layout itself runs in whatever engine the caller passes to layoutDesign.
 */

export type LayoutDirection = 'RIGHT' | 'DOWN'
export type EdgeRouting = 'ORTHOGONAL' | 'SPLINES'

export interface LayoutOptions {
  direction: LayoutDirection
  /** Lay out only these nodes (and the children of zones among them); the rest stay where they are. */
  nodeIds?: readonly string[]
  edgeRouting?: EdgeRouting
}

export const ROOT_ID = '__archsight_root__'

/** Column gap chosen so columns land about 280 px apart, with room for edge labels between them. */
const BETWEEN_LAYERS = 96
const ZONE_PADDING_OPTION = `[top=${ZONE_PADDING + ZONE_HEADER},left=${ZONE_PADDING},bottom=${ZONE_PADDING},right=${ZONE_PADDING}]`

/** Spacing is read from each node's parent, so the root and every zone carry it. */
const SPACING: ElkLayoutOptions = {
  'elk.spacing.nodeNode': '48',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(BETWEEN_LAYERS),
  'elk.spacing.edgeNode': '24',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.spacing.componentComponent': '80',
}

/**
 * Top down, edges come into a card through its top border, whose right half carries the CAP pill and the
 * finding badge (drawn over edges): gathered at the middle instead of spread along the border, their
 * arrowheads stay in sight. Left to right keeps ELK's even spread, which keeps labels apart. (Set for every
 * side: ELK reads side-specific alignment in its internal, rotated frame.)
 */
const CARD_PORTS: Readonly<Record<LayoutDirection, ElkLayoutOptions>> = {
  RIGHT: {},
  DOWN: { 'elk.portAlignment.default': 'CENTER' },
}

/**
 * ELK's crossing minimisation repeats its sweeps `thoroughness` times (default 7). Measured on generated
 * designs (bench/layout.bench.ts): from 150 nodes up, 3 gives the same crossings (200 nodes: 3,330 against
 * 3,333; 500 nodes: identical) in about 55 % of the time; at 50 nodes it adds crossings (181 against 154), so
 * small designs, which lay out in a few hundred milliseconds anyway, keep the default. Templates lay out the
 * same at every level.
 */
const LARGE_DESIGN_NODES = 150
const LARGE_DESIGN_THOROUGHNESS = '3'

function rootOptions(options: LayoutOptions, nodeCount: number): ElkLayoutOptions {
  return {
    ...(nodeCount >= LARGE_DESIGN_NODES ? { 'elk.layered.thoroughness': LARGE_DESIGN_THOROUGHNESS } : {}),
    'elk.algorithm': 'layered',
    'elk.direction': options.direction,
    'elk.edgeRouting': options.edgeRouting ?? 'ORTHOGONAL',
    // Edges may cross zone borders; lay the whole hierarchy out in one pass so they are ranked together.
    'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
    'elk.partitioning.activate': 'true',
    ...SPACING,
    // A fixed seed: the same design always lays out the same way. (considerModelOrder would also keep file
    // order, but it made a 200-node layout three times slower; see bench/layout.bench.ts.)
    'elk.randomSeed': '1',
    'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  }
}

/** The selected nodes plus every descendant of a selected zone (a zone moves with what it contains). */
export function expandSelection(design: Pick<Design, 'nodes'>, nodeIds?: readonly string[]): Set<string> {
  if (!nodeIds) return new Set(design.nodes.map((n) => n.id))
  const known = new Set(design.nodes.map((n) => n.id))
  const selected = new Set(nodeIds.filter((id) => known.has(id)))
  for (const id of indexZones(design).collectDescendants(selected)) selected.add(id)
  return selected
}

export function buildElkGraph(design: Design, options: LayoutOptions): ElkNodeJson {
  const included = expandSelection(design, options.nodeIds)
  const byId = new Map(design.nodes.map((n) => [n.id, n]))
  const elkNodes = new Map<string, ElkNodeJson>()
  for (const node of design.nodes) {
    if (included.has(node.id)) elkNodes.set(node.id, toElkNode(node, options.direction))
  }

  const root: ElkNodeJson = { id: ROOT_ID, layoutOptions: rootOptions(options, elkNodes.size), children: [], edges: [] }
  // A node goes inside its zone when the zone is laid out too; otherwise it is laid out at the top level.
  // Parents form no cycle in a parsed design; the visited set keeps a hand-built one from looping.
  for (const node of design.nodes) {
    const elkNode = elkNodes.get(node.id)
    if (!elkNode) continue
    const parent = node.parent === undefined ? undefined : elkNodes.get(node.parent)
    const container = parent && byId.get(node.parent as string)?.kind === 'zone' && !isAncestorOf(node, parent.id, byId) ? parent : root
    container.children = container.children ?? []
    container.children.push(elkNode)
  }
  assignZonePartitions(root)
  const isPartitioned = countPartitionPairs(root) <= MAX_PARTITION_PAIRS
  if (!isPartitioned) switchToLayerConstraints(root)

  for (const edge of design.edges) {
    if (edge.source === edge.target) continue // a self-loop does not move anything
    const source = byId.get(edge.source)
    const target = byId.get(edge.target)
    if (!source || !target || !elkNodes.has(source.id) || !elkNodes.has(target.id)) continue
    const from = rankOf(source)
    const to = rankOf(target)
    // Only positions come back, so an edge may point from the earlier role to the later whatever its direction
    // (a queue delivering to its consumer); first-layer and last-layer nodes take no edges among themselves.
    if (!isPartitioned && from === to && (from === FIRST_PARTITION || from === LAST_PARTITION)) continue
    const [first, second] = from <= to ? [source.id, target.id] : [target.id, source.id]
    const elkEdge: ElkEdgeJson = { id: edge.id, sources: [first], targets: [second] }
    root.edges?.push(elkEdge)
  }
  return root
}

function rankOf(node: DesignNode): number {
  return node.kind === 'zone' ? LAST_PARTITION : ROLE_PARTITIONS[node.kind]
}

function toElkNode(node: DesignNode, direction: LayoutDirection): ElkNodeJson {
  if (node.kind === 'zone') {
    return {
      id: node.id,
      width: EMPTY_ZONE_WIDTH,
      height: EMPTY_ZONE_HEIGHT,
      layoutOptions: { 'elk.padding': ZONE_PADDING_OPTION, ...SPACING },
    }
  }
  return {
    id: node.id,
    width: NODE_WIDTH,
    height: NODE_HEIGHT,
    layoutOptions: { 'elk.partitioning.partition': String(ROLE_PARTITIONS[node.kind]), ...CARD_PORTS[direction] },
  }
}

/** True when `candidateId` is `node` itself or one of its descendants, which would make nesting a cycle. */
function isAncestorOf(node: DesignNode, candidateId: string, byId: Map<string, DesignNode>): boolean {
  const seen = new Set<string>()
  for (let current: DesignNode | undefined = byId.get(candidateId); current; current = current.parent ? byId.get(current.parent) : undefined) {
    if (current.id === node.id) return true
    if (seen.has(current.id)) return false
    seen.add(current.id)
  }
  return false
}

/**
 * A zone takes the lowest partition among what it contains (its first rank), an empty zone the last, so
 * partitioning stays consistent at every level of the hierarchy. Iterative post-order over the tree.
 */
function assignZonePartitions(root: ElkNodeJson): void {
  const order: ElkNodeJson[] = []
  const stack = [...(root.children ?? [])]
  while (stack.length > 0) {
    const node = stack.pop() as ElkNodeJson
    order.push(node)
    stack.push(...(node.children ?? []))
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]
    if (!node.layoutOptions || node.layoutOptions['elk.partitioning.partition'] !== undefined) continue
    const partitions = (node.children ?? []).map((c) => Number(c.layoutOptions?.['elk.partitioning.partition'] ?? 4))
    node.layoutOptions['elk.partitioning.partition'] = String(partitions.length > 0 ? Math.min(...partitions) : 4)
    if (node.children && node.children.length > 0) {
      delete node.width
      delete node.height
      node.layoutOptions['elk.partitioning.activate'] = 'true'
    }
  }
}
