import type { Design } from '@core/design/types'
import type { GetState, SetState } from './types'

export interface DocumentSlice {
  /** File name shown in the title; null for a design never saved. */
  fileName: string | null
  /**
   * The document's identity for Save (platform/types.ts): set only when the design came from, or was saved
   * to, a file through Open, Recent or Save; null for everything else, which then saves through Save As.
   */
  fileId: string | null
  /** The design as last loaded or saved: the document is dirty exactly when `design !== savedDesign`. */
  savedDesign: Design
  /** What the last whole-design replacement was (auto-layout, a quick fix), for the status line. */
  lastEditLabel: string | null
  /** The open file was an older format version, migrated in memory: the next save says it writes version 2. */
  migratedFrom: 1 | null
  /**
   * The design whose unsaved changes the user chose to drop ("Don't save"): its recovery copy is deleted, and
   * one still on its way (the delay, the worker) must not bring it back.
   */
  discardedDesign: Design | null
  markSaved: (fileName: string, fileId?: string | null) => void
  markDiscarded: () => void
  /** Undo / redo one design change; the selection drops what no longer exists. */
  undo: () => void
  redo: () => void
  clearHistory: () => void
}

export interface HistoryControls {
  undo: () => void
  redo: () => void
  clear: () => void
}

export function createDocumentSlice(set: SetState, get: GetState, initial: Design, history: () => HistoryControls): DocumentSlice {
  const pruneSelection = (): void => {
    const { design, selectedNodeIds, selectedEdgeIds } = get()
    const nodeIds = new Set(design.nodes.map((n) => n.id))
    const edgeIds = new Set(design.edges.map((e) => e.id))
    const nextNodes = selectedNodeIds.filter((id) => nodeIds.has(id))
    const nextEdges = selectedEdgeIds.filter((id) => edgeIds.has(id))
    if (nextNodes.length !== selectedNodeIds.length || nextEdges.length !== selectedEdgeIds.length) {
      set({ selectedNodeIds: nextNodes, selectedEdgeIds: nextEdges })
    }
  }
  return {
    fileName: null,
    fileId: null,
    savedDesign: initial,
    lastEditLabel: null,
    migratedFrom: null,
    discardedDesign: null,
    markSaved: (fileName, fileId = null) => set({ fileName, fileId, savedDesign: get().design }),
    markDiscarded: () => set({ discardedDesign: get().design }),
    undo: () => {
      history().undo()
      pruneSelection()
    },
    redo: () => {
      history().redo()
      pruneSelection()
    },
    clearHistory: () => history().clear(),
  }
}
