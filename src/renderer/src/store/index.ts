/**
 * store/: The editor store (design, document, ui slices with undo) and the edge-route store.
 *
 * Other folders import this folder only through this file (`@renderer/store`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
/**
 * The editor's one store: slices `design` (the core Design object, positions absolute: THE source of truth;
 * React Flow's nodes and edges are derived from it), `document` (file name, saved version, undo/redo) and
 * `ui` (selection, banners, theme). Every action that changes `design` is exactly one undo step; selection,
 * viewport and ui state never are (zundo records only when the `design` object changes).
 *
 * API for the rest of the renderer (components select one value each, or use useShallow):
 * - loadDesign(design, fileName | null)   replace everything, clear undo history, mark clean
 * - replaceDesign(design, label?)         one undo step: quick fixes, auto-layout, templates
 * - addNode(kind, technology, position)   catalogue defaults, readable unique id, selects it; returns the id
 * - updateNode(id, patch)                 label / technology (drops props that no longer apply) / position / parent / props
 * - setNodeProp(id, key, value)           value undefined = back to the catalogue default
 * - removeSelection()                     selected nodes (zones with their contents) and edges, dangling refs cleared
 * - addEdge(source, target)               sync, read-write; returns the id or null (zones, unknown ids)
 * - updateEdge(id, patch), updateDesign(patch)   undefined in a patch removes the key
 * - moveNodes(moves)                      a finished drag: absolute top-left positions, zone membership updated
 * - pasteItems(payload, offset)           fresh ids, selects what was pasted
 * - select(nodeIds, edgeIds), selectAll()
 * - markSaved(fileName), undo(), redo(), clearHistory()
 * - commitAfterThisTask(edit), flushPendingEdit()   a drop's commit in a task of its own (pendingEdit.ts)
 * - setCanvasDragHeld(held), isCanvasDragHeld()     a drag in flight: keyboard commands wait (canvasDrag.ts)
 * - letInspectorLag(), showInspectorNow()          whether the inspector may follow a press late (inspectorLag.ts)
 * - selectors: useDesign(), useSelection(), useIsDirty(), useCanUndo(), useCanRedo()
 */
import { create, useStore } from 'zustand'
import { temporal } from 'zundo'
import { useShallow } from 'zustand/react/shallow'
import { createEmptyDesign, type Design } from '@core/design/types'
import { createDesignSlice } from './designSlice'
import { createDocumentSlice, type HistoryControls } from './documentSlice'
import { createUiSlice, type ThemeChoice } from './uiSlice'
import type { EditorState } from './types'
import { flushPendingEdit } from './pendingEdit'

export type { EditorState } from './types'
export type { NodePatch, EdgePatch, DesignPatch } from './designSlice'
export type { ThemeChoice, Notice } from './uiSlice'

/** Undo keeps far more than the 200 steps people expect; each step shares unchanged nodes with its neighbours. */
export const UNDO_LIMIT = 500

export function createEditorStore(initial: Design = createEmptyDesign(), theme: ThemeChoice = 'system') {
  // The document slice drives the history that wraps it, so it reaches the temporal store through this handle.
  const history: { current: HistoryControls | null } = { current: null }
  const store = create<EditorState>()(
    temporal(
      (rawSet, rawGet) => {
        // A drop's commit may wait for its own task (pendingEdit.ts): an action reads and changes the design after it.
        const set = ((...args: Parameters<typeof rawSet>) => {
          flushPendingEdit()
          rawSet(...args)
        }) as typeof rawSet
        const get: typeof rawGet = () => {
          flushPendingEdit()
          return rawGet()
        }
        return {
          ...createDesignSlice(set, get, initial),
          ...createDocumentSlice(set, get, initial, () => history.current as HistoryControls),
          ...createUiSlice(set, get, theme),
        }
      },
      {
        limit: UNDO_LIMIT,
        partialize: (state) => ({ design: state.design }),
        equality: (past, current) => past.design === current.design,
      },
    ),
  )
  history.current = {
    undo: () => {
      flushPendingEdit()
      store.temporal.getState().undo()
    },
    redo: () => {
      flushPendingEdit()
      store.temporal.getState().redo()
    },
    clear: () => store.temporal.getState().clear(),
  }
  return store
}

export type EditorStore = ReturnType<typeof createEditorStore>

export const useEditorStore = createEditorStore(createEmptyDesign(), readStoredTheme())

function readStoredTheme(): ThemeChoice {
  try {
    const value = globalThis.localStorage?.getItem('archsight.theme')
    return value === 'light' || value === 'dark' ? value : 'system'
  } catch {
    return 'system'
  }
}

export function useDesign(): Design {
  return useEditorStore((s) => s.design)
}

export function useSelection(): { nodeIds: string[]; edgeIds: string[] } {
  return useEditorStore(useShallow((s) => ({ nodeIds: s.selectedNodeIds, edgeIds: s.selectedEdgeIds })))
}

export function useIsDirty(): boolean {
  return useEditorStore((s) => s.design !== s.savedDesign)
}

export function useCanUndo(): boolean {
  return useStore(useEditorStore.temporal, (s) => s.pastStates.length > 0)
}

export function useCanRedo(): boolean {
  return useStore(useEditorStore.temporal, (s) => s.futureStates.length > 0)
}
export { commitAfterThisTask, flushPendingEdit } from './pendingEdit'
export { isCanvasDragHeld, setCanvasDragHeld } from './canvasDrag'
export { letInspectorLag, showInspectorNow, useInspectorLags } from './inspectorLag'
export * from './edgeRoutes'
export * from './fitOptions'
