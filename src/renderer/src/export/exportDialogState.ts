import { create } from 'zustand'
import type { ExportFormat, ExportSettings } from './exportSettings'

/** Whether the export dialog is open, and the choices it remembers between openings. Not part of undo. */
export interface ExportDialogState {
  isOpen: boolean
  settings: ExportSettings
  open: (format: ExportFormat) => void
  close: () => void
  update: (patch: Partial<ExportSettings>) => void
}

export const useExportDialog = create<ExportDialogState>()((set) => ({
  isOpen: false,
  settings: { format: 'png', scale: 2, theme: 'light', background: true, legend: false },
  open: (format) => set((state) => ({ isOpen: true, settings: { ...state.settings, format } })),
  close: () => set({ isOpen: false }),
  update: (patch) => set((state) => ({ settings: { ...state.settings, ...patch } })),
}))

export function openExportDialog(format: ExportFormat): void {
  useExportDialog.getState().open(format)
}
