import type { GetState, SetState } from './types'

export type ThemeChoice = 'light' | 'dark' | 'system'

export interface Notice {
  id: number
  message: string
  /** An optional single action ("Discard", "Undo"), run from the toast. */
  actionLabel?: string
  action?: () => void
}

export interface UiSlice {
  selectedNodeIds: string[]
  selectedEdgeIds: string[]
  /** A file that could not be opened: shown in the error banner until dismissed. */
  loadError: string | null
  notice: Notice | null
  isProblemsOpen: boolean
  /** The side panels fold away (buttons, Mod+B / Mod+Alt+B) so a small window keeps room for the canvas. */
  isPaletteOpen: boolean
  isInspectorOpen: boolean
  isCommandPaletteOpen: boolean
  /** Set by the "Connect to…" command: the node inspector opens its node picker and clears it. */
  isConnectRequested: boolean
  theme: ThemeChoice
  select: (nodeIds: readonly string[], edgeIds: readonly string[]) => void
  selectAll: () => void
  setLoadError: (message: string | null) => void
  showNotice: (notice: Omit<Notice, 'id'> | null) => void
  setProblemsOpen: (isOpen: boolean) => void
  setPaletteOpen: (isOpen: boolean) => void
  setInspectorOpen: (isOpen: boolean) => void
  setCommandPaletteOpen: (isOpen: boolean) => void
  requestConnect: (isRequested?: boolean) => void
  setTheme: (theme: ThemeChoice) => void
}

let noticeCounter = 0

export function createUiSlice(set: SetState, get: GetState, theme: ThemeChoice): UiSlice {
  return {
    selectedNodeIds: [],
    selectedEdgeIds: [],
    loadError: null,
    notice: null,
    isProblemsOpen: true,
    isPaletteOpen: true,
    isInspectorOpen: true,
    isCommandPaletteOpen: false,
    isConnectRequested: false,
    theme,
    select: (nodeIds, edgeIds) => {
      const state = get()
      const isSameNodes = isSameList(state.selectedNodeIds, nodeIds)
      const isSameEdges = isSameList(state.selectedEdgeIds, edgeIds)
      if (isSameNodes && isSameEdges) return
      // The list that did not change keeps its identity: the canvas maps every edge again (and React Flow
      // re-indexes all of them) when the edge selection changes, which a click on a card must not cost.
      set({
        selectedNodeIds: isSameNodes ? state.selectedNodeIds : [...nodeIds],
        selectedEdgeIds: isSameEdges ? state.selectedEdgeIds : [...edgeIds],
      })
    },
    selectAll: () => {
      const { design } = get()
      set({ selectedNodeIds: design.nodes.map((n) => n.id), selectedEdgeIds: design.edges.map((e) => e.id) })
    },
    setLoadError: (loadError) => set({ loadError }),
    showNotice: (notice) => set({ notice: notice ? { ...notice, id: ++noticeCounter } : null }),
    setProblemsOpen: (isProblemsOpen) => set({ isProblemsOpen }),
    setPaletteOpen: (isPaletteOpen) => set({ isPaletteOpen }),
    setInspectorOpen: (isInspectorOpen) => set({ isInspectorOpen }),
    setCommandPaletteOpen: (isCommandPaletteOpen) => set({ isCommandPaletteOpen }),
    requestConnect: (isRequested = true) => set(isRequested ? { isConnectRequested: true, isInspectorOpen: true } : { isConnectRequested: false }),
    setTheme: (theme) => set({ theme }),
  }
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}
