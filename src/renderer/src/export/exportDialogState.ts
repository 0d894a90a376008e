import { create } from 'zustand'
import { useLoadScale } from '@renderer/analysis'
import { useWhatIf } from '@renderer/whatif'
import type { ExportFormat, ExportSettings, ExportTheme } from './exportSettings'

/** Whether the export dialog is open, and the choices it remembers between openings. Not part of undo. */
export interface ExportDialogState {
  isOpen: boolean
  /** Until the user picks a theme here, the export follows the app's theme at the time it opens. */
  isThemeChosen: boolean
  /** Until the user ticks or clears the legend here, it is on whenever a scenario is (the legend names it). */
  isLegendChosen: boolean
  settings: ExportSettings
  open: (format: ExportFormat) => void
  close: () => void
  update: (patch: Partial<ExportSettings>) => void
}

export const useExportDialog = create<ExportDialogState>()((set) => ({
  isOpen: false,
  settings: { format: 'png', scale: 2, theme: 'light', background: true, legend: false },
  isThemeChosen: false,
  isLegendChosen: false,
  open: (format) =>
    set((state) => {
      const theme = state.isThemeChosen ? state.settings.theme : readAppTheme()
      // A picture of a what-if or load scenario must say so: only the legend names it.
      const legend = state.isLegendChosen ? state.settings.legend : isScenarioOnScreen()
      return { isOpen: true, settings: { ...state.settings, format, theme, legend } }
    }),
  close: () => set({ isOpen: false }),
  update: (patch) =>
    set((state) => ({
      settings: { ...state.settings, ...patch },
      isThemeChosen: state.isThemeChosen || patch.theme !== undefined,
      isLegendChosen: state.isLegendChosen || patch.legend !== undefined,
    })),
}))

function isScenarioOnScreen(): boolean {
  const whatIf = useWhatIf.getState()
  return (whatIf.isOn && whatIf.fails.length > 0) || useLoadScale.getState().factor > 1
}

function readAppTheme(): ExportTheme {
  return globalThis.document?.documentElement.dataset.theme === 'dark' ? 'dark' : 'light'
}

export function openExportDialog(format: ExportFormat): void {
  useExportDialog.getState().open(format)
}
