import { getNodeName } from '@core/design/names'
import { getTechnology } from '@core/catalogue'
import { canBeReplicaPair } from '@core/design/replication'
import type { Design, DesignEdge, DesignNode, Kind, Position } from '@core/design/types'
import { changeTechnology, createEdge, createNode, moveNodes, normalizeZones, removeItems } from '@core/design/edit/designOps'
import { pasteClipboard, type ClipboardPayload } from '@core/design/edit/clipboard'
import type { EditorState, GetState, SetState } from './types'

export interface DesignSlice {
  /** The design being edited: the source of truth; positions absolute. React Flow's nodes derive from it. */
  design: Design
  /** Counts loadDesign calls: the canvas fits each newly opened design into view once. */
  loadCount: number
  /** Replaces the document: a file id only for a design read from a file the user chose (Open, Recent). */
  loadDesign: (design: Design, fileName: string | null, fileId?: string | null) => void
  replaceDesign: (design: Design, label?: string) => void
  addNode: (kind: Kind, technology: string | undefined, position: Position) => string
  updateNode: (id: string, patch: NodePatch) => void
  setNodeProp: (id: string, key: string, value: unknown) => void
  removeSelection: () => void
  addEdge: (source: string, target: string) => string | null
  updateEdge: (id: string, patch: EdgePatch) => void
  updateDesign: (patch: DesignPatch) => void
  /** Commits a finished drag: new absolute top-left positions, one undo step. */
  moveNodes: (moves: ReadonlyMap<string, Position>) => void
  /** Adds a copied fragment with fresh ids, selects it; returns false when there was nothing to add. */
  pasteItems: (payload: ClipboardPayload, offset: Position) => boolean
}

export type NodePatch = Partial<Pick<DesignNode, 'label' | 'technology' | 'position' | 'parent' | 'props'>>
export type EdgePatch = Partial<Omit<DesignEdge, 'id' | 'source' | 'target'>>
export type DesignPatch = Partial<Pick<Design, 'name' | 'description' | 'workload' | 'rules' | 'suppressions' | 'view'>>

/** Undefined in a patch means "remove the key": optional fields go back to their defaults. */
function applyPatch<T extends object>(target: T, patch: object): T {
  const next = { ...target } as Record<string, unknown>
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key]
    else next[key] = value
  }
  return next as T
}

/** Two boxes of one store technology: the user may be drawing a replica (issue 8, point 16). Offer it once. */
function offerReplica(design: Design, edge: DesignEdge, get: GetState): void {
  const source = design.nodes.find((n) => n.id === edge.source)
  const target = design.nodes.find((n) => n.id === edge.target)
  if (!source || !target || !canBeReplicaPair(source, target)) return
  // New boxes share their technology's label: name them by id then, so the question tells them apart.
  const sameLabel = getNodeName(source) === getNodeName(target)
  const nameOf = (node: DesignNode): string => (sameLabel ? node.id : getNodeName(node))
  get().showNotice({
    message: `Two ${getTechnology(target).label} stores: is ${nameOf(target)} a replica of ${nameOf(source)}?`,
    actionLabel: 'Make it a replica',
    action: () => {
      if (get().design.edges.some((e) => e.id === edge.id)) get().updateEdge(edge.id, { mode: 'replication', access: 'write' })
    },
  })
}

export function createDesignSlice(set: SetState, get: GetState, initial: Design): DesignSlice {
  const setDesign = (design: Design, extra: Partial<EditorState> = {}): void => {
    if (design === get().design && Object.keys(extra).length === 0) return
    set({ design, ...extra })
  }
  const mapNode = (id: string, change: (node: DesignNode) => DesignNode): void => {
    const { design } = get()
    const index = design.nodes.findIndex((n) => n.id === id)
    if (index < 0) return
    const next = change(design.nodes[index])
    if (next === design.nodes[index]) return
    const nodes = design.nodes.slice()
    nodes[index] = next
    setDesign({ ...design, nodes })
  }

  return {
    design: initial,
    loadCount: 0,
    // A file's zones are drawn around their children whatever positions it gives them: those are set to where they
    // are drawn here, once, so the first edit does not do it (a generated design's 88 zones at {0,0} were all
    // new objects at its first drop, and React Flow rebuilt and re-rendered every one at 1,000 cards).
    loadDesign: (loaded, fileName, fileId = null) => {
      const design = normalizeZones(loaded)
      set({
        design,
        savedDesign: design,
        fileName,
        fileId,
        selectedNodeIds: [],
        selectedEdgeIds: [],
        lastEditLabel: null,
        migratedFrom: null,
        loadCount: get().loadCount + 1,
      })
      get().clearHistory()
    },
    replaceDesign: (design, label) => setDesign(design, { lastEditLabel: label ?? null }),
    addNode: (kind, technology, position) => {
      const { design } = get()
      const node = createNode(design, kind, technology, position)
      setDesign(normalizeZones({ ...design, nodes: [...design.nodes, node] }), { selectedNodeIds: [node.id], selectedEdgeIds: [] })
      return node.id
    },
    updateNode: (id, patch) =>
      mapNode(id, (node) => {
        const base = patch.technology && patch.technology !== node.technology ? changeTechnology(node, patch.technology) : node
        const rest = { ...patch }
        delete rest.technology
        return Object.keys(rest).length === 0 && base === node ? node : applyPatch(base, rest)
      }),
    setNodeProp: (id, key, value) =>
      mapNode(id, (node) => {
        const props = applyPatch(node.props ?? {}, { [key]: value })
        if (Object.is(node.props?.[key], value) || (value === undefined && !(key in (node.props ?? {})))) return node
        return { ...node, props }
      }),
    removeSelection: () => {
      const { design, selectedNodeIds, selectedEdgeIds } = get()
      const next = removeItems(design, selectedNodeIds, selectedEdgeIds)
      setDesign(next, { selectedNodeIds: [], selectedEdgeIds: [] })
    },
    addEdge: (source, target) => {
      const { design } = get()
      const edge = createEdge(design, source, target)
      if (!edge) return null
      setDesign({ ...design, edges: [...design.edges, edge] }, { selectedNodeIds: [], selectedEdgeIds: [edge.id] })
      offerReplica(design, edge, get)
      return edge.id
    },
    updateEdge: (id, patch) => {
      const { design } = get()
      const index = design.edges.findIndex((e) => e.id === id)
      if (index < 0) return
      const edges = design.edges.slice()
      edges[index] = applyPatch(edges[index], patch)
      setDesign({ ...design, edges })
    },
    updateDesign: (patch) => setDesign(applyPatch(get().design, patch)),
    moveNodes: (moves) => setDesign(moveNodes(get().design, moves)),
    pasteItems: (payload, offset) => {
      const result = pasteClipboard(get().design, payload, offset)
      if (!result) return false
      setDesign(result.design, { selectedNodeIds: result.nodeIds, selectedEdgeIds: result.edgeIds })
      return true
    },
  }
}
