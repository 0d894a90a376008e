import { getNodeName } from '../design/names'
import { getKindSpec, getKindsWithRole, getTechnology, isManaged, resolveProps, type KindRoles } from '../catalogue'
import { isEdgeOptional } from '../design/edges'
import type { Design, DesignEdge, DesignNode, Kind } from '../design/types'
import { computeCap, type CapResult } from './cap'
import { computeFailure, type FailureResult } from './failure'
import { computeLoad, type LoadResult } from './load'
import { computePassShares, type PassShares } from './reach'
import { searchDepthFirst, type SearchResult } from './search'
import { isRedundant } from './redundancy'
import { computeWalk, type UserFacingWalk } from './walk'
import { deriveWorkload, type DerivedWorkload } from './workload'

/**
 * The indexed view of one design, built once per analysis run. Rules query it and never walk the raw design:
 * every graph notion of catalogue.md (hard dependency, delivery, entries, the user-facing walk) is decided
 * here or in the modules it memoises, so two rules cannot disagree about what an edge means.
 */

// Kind roles are catalogue data (catalogue/types.ts KindRoles); these sets index them for the hot loops.
export const BROKER_KINDS: ReadonlySet<Kind> = getKindsWithRole('broker')
export const DURABLE_KINDS: ReadonlySet<Kind> = getKindsWithRole('durableStore')

export interface ViewNode {
  readonly id: string
  /** Position in the file's node list: the order of every per-node list in the result. */
  readonly index: number
  readonly node: DesignNode
  readonly kind: Kind
  /** The node's technology id, or the kind's first when the node names none. */
  readonly technology: string
  /** The label when there is one, else the id: what messages call the node. */
  readonly name: string
  /** Catalogue props with defaults filled in, plus unknown keys as they came. */
  readonly props: Readonly<Record<string, unknown>>
  readonly roles: KindRoles
  readonly isManaged: boolean
  readonly isRedundant: boolean
  readonly isBroker: boolean
  /** A replica box (issue 8, point 16): the id of the primary it copies, at the root of its replication edges. */
  readonly replicaOf?: string
  readonly outgoing: readonly ViewEdge[]
  readonly incoming: readonly ViewEdge[]
}

export interface ViewEdge {
  readonly id: string
  readonly index: number
  readonly edge: DesignEdge
  readonly source: ViewNode
  readonly target: ViewNode
  /** The caller fails when the target is down (sync and not optional; any publish unless optional). */
  readonly isHard: boolean
  /** Out of a queue or pubsub: hands messages to a consumer, never a dependency. */
  readonly isDelivery: boolean
  /** `mode: "replication"`: the store copying itself to its replica box; neither a read nor a write of a caller. */
  readonly isReplication: boolean
  /** Calls or writes per request or message on the source (format v2 `fanOut`, default 1). */
  readonly fanOut: number
  readonly reads: boolean
  readonly writes: boolean
  readonly share: number
}

export class DesignView {
  readonly nodes: readonly ViewNode[]
  readonly edges: readonly ViewEdge[]
  readonly userFacingEntries: readonly ViewNode[]
  /** Every queue, pubsub and job, in file order: where background flows start. */
  readonly backgroundEntries: readonly ViewNode[]
  private readonly nodesById = new Map<string, ViewNode>()
  private readonly edgesById = new Map<string, ViewEdge>()
  private byKind: Map<Kind, ViewNode[]> | undefined
  private memo: {
    walk?: UserFacingWalk
    failure?: FailureResult
    cap?: CapResult
    search?: SearchResult
    load?: LoadResult | null
    loadedNodes?: readonly LoadedNode[]
    workload?: DerivedWorkload | null
    passShares?: Map<number, PassShares>
    deadLetterQueueIds?: ReadonlySet<string>
  } = {}

  /** Ids of the rules being run, for unknown-rule; undefined when the view is built without a registry. */
  readonly knownRuleIds: ReadonlySet<string> | undefined

  constructor(
    readonly design: Design,
    options: ViewOptions = {},
  ) {
    this.knownRuleIds = options.ruleIds ? new Set(options.ruleIds) : undefined
    const nodes: ViewNode[] = []
    const replicas = findReplicaGroups(design)
    // Nodes without props share their resolved defaults: read-only, and most of a large design's nodes.
    const defaultsByKind = new Map<string, Readonly<Record<string, unknown>>>()
    const resolve = (node: DesignNode, technology: string): Readonly<Record<string, unknown>> => {
      if (node.props !== undefined) return resolveProps(node)
      const key = `${node.kind}\u0000${technology}`
      let props = defaultsByKind.get(key)
      if (!props) defaultsByKind.set(key, (props = resolveProps(node)))
      return props
    }
    const byId = new Map(design.nodes.map((n) => [n.id, n]))
    for (let index = 0; index < design.nodes.length; index++) {
      const node = design.nodes[index]
      const technology = getTechnology(node).id
      let props = resolve(node, technology)
      const primaryId = replicas.primaryOf.get(node.id)
      const group = replicas.groups.get(primaryId ?? node.id)
      if (group) {
        const primary = primaryId === undefined ? node : (byId.get(primaryId) as DesignNode)
        const primaryProps = primaryId === undefined ? props : resolve(primary, technology)
        props = mergeReplicaGroup(node.kind, primaryProps, group, primaryId === undefined ? undefined : props)
      }
      const managed = isManaged(node)
      const viewNode: ViewNode = {
        id: node.id,
        index,
        node,
        kind: node.kind,
        technology,
        name: getNodeName(node),
        props,
        roles: getKindSpec(node.kind).roles,
        isManaged: managed,
        // A replica box is one more copy of its primary: never a single point of failure of its own.
        isRedundant: primaryId !== undefined || isRedundant(node.kind, technology, managed, props),
        isBroker: BROKER_KINDS.has(node.kind),
        ...(primaryId === undefined ? {} : { replicaOf: primaryId }),
        outgoing: [],
        incoming: [],
      }
      nodes.push(viewNode)
      this.nodesById.set(node.id, viewNode)
    }
    const edges: ViewEdge[] = []
    for (let index = 0; index < design.edges.length; index++) {
      const edge = design.edges[index]
      const source = this.nodesById.get(edge.source)
      const target = this.nodesById.get(edge.target)
      // parseDesign refuses dangling edges; skipping keeps a hand-built design from crashing every rule.
      if (!source || !target) continue
      const isReplication = edge.mode === 'replication'
      const isDelivery = source.isBroker && !isReplication
      const optional = isEdgeOptional(edge, target.kind)
      const viewEdge: ViewEdge = {
        id: edge.id,
        index,
        edge,
        source,
        target,
        isHard: !isDelivery && !isReplication && !optional && (edge.mode === 'sync' || target.isBroker),
        isDelivery,
        isReplication,
        reads: !isReplication && edge.access !== 'write',
        writes: !isReplication && edge.access !== 'read',
        share: edge.share ?? 1,
        fanOut: edge.fanOut ?? 1,
      }
      edges.push(viewEdge)
      this.edgesById.set(edge.id, viewEdge)
      ;(source.outgoing as ViewEdge[]).push(viewEdge)
      ;(target.incoming as ViewEdge[]).push(viewEdge)
    }
    this.nodes = nodes
    this.edges = edges
    const clients = nodes.filter((n) => n.roles.entry)
    // Without clients, a node nothing calls is where requests start; a job starts background flows instead.
    this.userFacingEntries =
      clients.length > 0
        ? clients
        : nodes.filter((n) => n.incoming.length === 0 && n.outgoing.length > 0 && !n.roles.job)
    this.backgroundEntries = nodes.filter((n) => n.isBroker || n.roles.job)
  }

  node(id: string): ViewNode | undefined {
    return this.nodesById.get(id)
  }

  edge(id: string): ViewEdge | undefined {
    return this.edgesById.get(id)
  }

  /** The nodes of one kind in design order: most rules look at one kind, and need not walk the others. */
  nodesOfKind(kind: Kind): readonly ViewNode[] {
    if (!this.byKind) {
      this.byKind = new Map()
      for (const node of this.nodes) {
        const same = this.byKind.get(node.kind)
        if (same) same.push(node)
        else this.byKind.set(node.kind, [node])
      }
    }
    return this.byKind.get(kind) ?? []
  }

  hardDependencies(id: string): readonly ViewEdge[] {
    return this.nodesById.get(id)?.outgoing.filter((e) => e.isHard) ?? []
  }

  /** The zones containing the node, nearest first; a parent cycle (a format error) is cut, never followed. */
  parentChain(id: string): readonly string[] {
    const chain: string[] = []
    let current = this.nodesById.get(id)?.node.parent
    while (current !== undefined && !chain.includes(current)) {
      const parent = this.nodesById.get(current)
      if (!parent || parent.kind !== 'zone') break
      chain.push(current)
      current = parent.node.parent
    }
    return chain
  }

  /** The user-facing walk of catalogue.md, "CAP of the design". */
  get walk(): UserFacingWalk {
    return (this.memo.walk ??= computeWalk(this))
  }

  /** Single points of failure (nodes, then zones) by the greatest-fixed-point failure model. */
  get failure(): FailureResult {
    return (this.memo.failure ??= computeFailure(this))
  }

  get cap(): CapResult {
    return (this.memo.cap ??= computeCap(this))
  }

  /** The depth-first search that orders load flow and decides which edges close a cycle. */
  get search(): SearchResult {
    return (this.memo.search ??= searchDepthFirst(this))
  }

  /** The share of an entry's requests through every node (issue 8, point 6), computed once per entry. */
  passShares(entry: ViewNode): PassShares {
    const cache = (this.memo.passShares ??= new Map())
    let shares = cache.get(entry.index)
    if (!shares) cache.set(entry.index, (shares = computePassShares(this, entry)))
    return shares
  }

  /** Ids that some node names as its deadLetterQueue: such a queue is connected by being named. */
  get deadLetterQueueIds(): ReadonlySet<string> {
    if (this.memo.deadLetterQueueIds === undefined) {
      const ids = new Set<string>()
      for (const node of this.nodes) {
        const dlq = node.props.deadLetterQueue
        if (typeof dlq === 'string') ids.add(dlq)
      }
      this.memo.deadLetterQueueIds = ids
    }
    return this.memo.deadLetterQueueIds
  }

  /** The workload derivation, or undefined when the design has none. */
  get workload(): DerivedWorkload | undefined {
    if (this.memo.workload === undefined) {
      this.memo.workload = this.design.workload ? deriveWorkload(this.design.workload) : null
    }
    return this.memo.workload ?? undefined
  }

  /** Peak load per node, or undefined when the design has no workload. */
  get load(): LoadResult | undefined {
    if (this.memo.load === undefined) this.memo.load = this.workload ? computeLoad(this, this.workload) : null
    return this.memo.load ?? undefined
  }

  /** The nodes that have a capacity, with their peak load, in file order; empty without a workload. */
  get loadedNodes(): readonly LoadedNode[] {
    if (this.memo.loadedNodes === undefined) {
      const load = this.load
      const out: LoadedNode[] = []
      if (load) {
        for (const node of this.nodes) {
          const { rps, capacity, utilisation } = load.nodes[node.index]
          if (capacity !== undefined && utilisation !== undefined) out.push({ node, rps, capacity, utilisation })
        }
      }
      this.memo.loadedNodes = out
    }
    return this.memo.loadedNodes
  }
}

export interface LoadedNode {
  node: ViewNode
  rps: number
  capacity: number
  utilisation: number
}

export interface ViewOptions {
  ruleIds?: Iterable<string>
}

export function createView(design: Design, options?: ViewOptions): DesignView {
  return new DesignView(design, options)
}

interface ReplicaGroup {
  /** Replica boxes, direct or through another replica. */
  count: number
  /** Some replication edge of the group says `consistency: "strong"`: the copies are synchronous. */
  isSync: boolean
}

/** Replica boxes by their root primary; a chain (a replica of a replica) counts towards the root. */
function findReplicaGroups(design: Design): { primaryOf: Map<string, string>; groups: Map<string, ReplicaGroup> } {
  const parentOf = new Map<string, string>()
  const strong = new Set<string>()
  for (const edge of design.edges) {
    if (edge.mode !== 'replication' || parentOf.has(edge.target)) continue
    parentOf.set(edge.target, edge.source)
    if (edge.consistency === 'strong') strong.add(edge.target)
  }
  const primaryOf = new Map<string, string>()
  const groups = new Map<string, ReplicaGroup>()
  for (const replica of parentOf.keys()) {
    const seen = new Set<string>([replica])
    let root = parentOf.get(replica) as string
    // A replication cycle has no primary; its boxes stay stores of their own.
    while (parentOf.has(root) && !seen.has(root)) {
      seen.add(root)
      root = parentOf.get(root) as string
    }
    if (seen.has(root)) continue
    primaryOf.set(replica, root)
    const group = groups.get(root) ?? { count: 0, isSync: false }
    group.count++
    if (strong.has(replica)) group.isSync = true
    groups.set(root, group)
  }
  return { primaryOf, groups }
}

/**
 * The props the analysis sees for a member of a replica group: the primary's, with one more replica per box
 * (`replicas` for a relational-db, `instances` elsewhere) and replication at least async (sync when an edge
 * says strong). A replica box reads from replicas and keeps its own capacity figure.
 */
function mergeReplicaGroup(
  kind: Kind,
  primary: Readonly<Record<string, unknown>>,
  group: ReplicaGroup,
  box: Readonly<Record<string, unknown>> | undefined,
): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, primary)
  if (kind === 'relational-db') {
    out.replicas = (typeof primary.replicas === 'number' ? primary.replicas : 0) + group.count
    if (group.isSync) out.replication = 'sync'
    else if (primary.replication === 'none') out.replication = 'async'
  } else {
    out.instances = (typeof primary.instances === 'number' ? primary.instances : 1) + group.count
  }
  if (box) {
    if ('readFrom' in out) out.readFrom = 'replicas'
    if ('readPreference' in out) out.readPreference = 'secondary'
    out.capacityRps = box.capacityRps
  }
  return out
}

export function receivesWrites(node: ViewNode): boolean {
  return node.incoming.some((e) => e.writes)
}
