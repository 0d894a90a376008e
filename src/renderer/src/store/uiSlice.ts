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
  theme: ThemeChoice
  select: (nodeIds: readonly string[], edgeIds: readonly string[]) => void
  selectAll: () => void
  setLoadError: (message: string | null) => void
  showNotice: (notice: Omit<Notice, 'id'> | null) => void
  setProblemsOpen: (isOpen: boolean) => void
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
    theme,
    select: (nodeIds, edgeIds) => {
      const state = get()
      if (isSameList(state.selectedNodeIds, nodeIds) && isSameList(state.selectedEdgeIds, edgeIds)) return
      set({ selectedNodeIds: [...nodeIds], selectedEdgeIds: [...edgeIds] })
    },
    selectAll: () => {
      const { design } = get()
      set({ selectedNodeIds: design.nodes.map((n) => n.id), selectedEdgeIds: design.edges.map((e) => e.id) })
    },
    setLoadError: (loadError) => set({ loadError }),
    showNotice: (notice) => set({ notice: notice ? { ...notice, id: ++noticeCounter } : null }),
    setProblemsOpen: (isProblemsOpen) => set({ isProblemsOpen }),
    setTheme: (theme) => set({ theme }),
  }
}

function isSameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}
