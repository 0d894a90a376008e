import { create } from 'zustand'
import type { ExportFormat, ExportSettings, ExportTheme } from './exportSettings'

/** Whether the export dialog is open, and the choices it remembers between openings. Not part of undo. */
export interface ExportDialogState {
  isOpen: boolean
  /** Until the user picks a theme here, the export follows the app's theme at the time it opens. */
  isThemeChosen: boolean
  settings: ExportSettings
  open: (format: ExportFormat) => void
  close: () => void
  update: (patch: Partial<ExportSettings>) => void
}

export const useExportDialog = create<ExportDialogState>()((set) => ({
  isOpen: false,
  settings: { format: 'png', scale: 2, theme: 'light', background: true, legend: false },
  isThemeChosen: false,
  open: (format) =>
    set((state) => {
      const theme = state.isThemeChosen ? state.settings.theme : readAppTheme()
      return { isOpen: true, settings: { ...state.settings, format, theme } }
    }),
  close: () => set({ isOpen: false }),
  update: (patch) =>
    set((state) => ({
      settings: { ...state.settings, ...patch },
      isThemeChosen: state.isThemeChosen || patch.theme !== undefined,
    })),
}))

function readAppTheme(): ExportTheme {
  return globalThis.document?.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'
}

export function openExportDialog(format: ExportFormat): void {
  useExportDialog.getState().open(format)
}
