import { getNodeName } from '../design/names'
import { getTechnology, isManaged, resolveProps } from '../catalogue'
import { isEdgeOptional } from '../design/edges'
import type { Design, DesignEdge, DesignNode, Kind } from '../design/types'
import { computeCap, type CapResult } from './cap'
import { computeFailure, type FailureResult } from './failure'
import { computeLoad, type LoadResult } from './load'
import { searchDepthFirst, type SearchResult } from './search'
import { isRedundant } from './redundancy'
import { computeWalk, type UserFacingWalk } from './walk'
import { deriveWorkload, type DerivedWorkload } from './workload'

/**
 * The indexed view of one design, built once per analysis run. Rules query it and never walk the raw design:
 * every graph notion of catalogue.md (hard dependency, delivery, entries, the user-facing walk) is decided
 * here or in the modules it memoises, so two rules cannot disagree about what an edge means.
 */

export const BROKER_KINDS: ReadonlySet<Kind> = new Set<Kind>(['queue', 'pubsub'])
export const DURABLE_KINDS: ReadonlySet<Kind> = new Set<Kind>([
  'relational-db',
  'key-value',
  'wide-column',
  'object-storage',
])
/** Routers that route around a dead target: OR per access kind (catalogue.md, "How failure travels"). */
export const ROUTER_KINDS: ReadonlySet<Kind> = new Set<Kind>(['load-balancer', 'dns'])

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
  readonly isManaged: boolean
  readonly isRedundant: boolean
  readonly isBroker: boolean
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
  readonly reads: boolean
  readonly writes: boolean
  readonly share: number
}

export class DesignView {
  readonly nodes: readonly ViewNode[]
  readonly edges: readonly ViewEdge[]
  readonly userFacingEntries: readonly ViewNode[]
  /** Every queue and pubsub, in file order. */
  readonly backgroundEntries: readonly ViewNode[]
  private readonly nodesById = new Map<string, ViewNode>()
  private readonly edgesById = new Map<string, ViewEdge>()
  private memo: {
    walk?: UserFacingWalk
    failure?: FailureResult
    cap?: CapResult
    search?: SearchResult
    load?: LoadResult | null
    loadedNodes?: readonly LoadedNode[]
    workload?: DerivedWorkload | null
  } = {}

  /** Ids of the rules being run, for unknown-rule; undefined when the view is built without a registry. */
  readonly knownRuleIds: ReadonlySet<string> | undefined

  constructor(
    readonly design: Design,
    options: ViewOptions = {},
  ) {
    this.knownRuleIds = options.ruleIds ? new Set(options.ruleIds) : undefined
    const nodes: ViewNode[] = []
    // Nodes without props share their resolved defaults: read-only, and most of a large design's nodes.
    const defaultsByKind = new Map<string, Readonly<Record<string, unknown>>>()
    for (let index = 0; index < design.nodes.length; index++) {
      const node = design.nodes[index]
      const technology = getTechnology(node).id
      let props: Readonly<Record<string, unknown>> | undefined
      if (node.props === undefined) {
        const key = `${node.kind}\u0000${technology}`
        props = defaultsByKind.get(key)
        if (!props) defaultsByKind.set(key, (props = resolveProps(node)))
      } else props = resolveProps(node)
      const managed = isManaged(node)
      const viewNode: ViewNode = {
        id: node.id,
        index,
        node,
        kind: node.kind,
        technology,
        name: getNodeName(node),
        props,
        isManaged: managed,
        isRedundant: isRedundant(node.kind, technology, managed, props),
        isBroker: BROKER_KINDS.has(node.kind),
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
      const isDelivery = source.isBroker
      const optional = isEdgeOptional(edge, target.kind)
      const viewEdge: ViewEdge = {
        id: edge.id,
        index,
        edge,
        source,
        target,
        isHard: !isDelivery && !optional && (edge.mode === 'sync' || target.isBroker),
        isDelivery,
        reads: edge.access !== 'write',
        writes: edge.access !== 'read',
        share: edge.share ?? 1,
      }
      edges.push(viewEdge)
      this.edgesById.set(edge.id, viewEdge)
      ;(source.outgoing as ViewEdge[]).push(viewEdge)
      ;(target.incoming as ViewEdge[]).push(viewEdge)
    }
    this.nodes = nodes
    this.edges = edges
    const clients = nodes.filter((n) => n.kind === 'client')
    this.userFacingEntries =
      clients.length > 0 ? clients : nodes.filter((n) => n.incoming.length === 0 && n.outgoing.length > 0)
    this.backgroundEntries = nodes.filter((n) => n.isBroker)
  }

  node(id: string): ViewNode | undefined {
    return this.nodesById.get(id)
  }

  edge(id: string): ViewEdge | undefined {
    return this.edgesById.get(id)
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

export function receivesWrites(node: ViewNode): boolean {
  return node.incoming.some((e) => e.writes)
}
