import { create } from 'zustand'
import type { Diagnostic } from '@core/analysis'
import type { Severity } from '@core/design/types'
import { ALL_SEVERITIES, soloSeverity, type SeverityFilter } from './severityFilter'

/** View state of the analysis UI: problem filters, the heat view, the rules dialog, a rule's page, a pending suppression. */
export interface AnnotationUiState {
  severities: SeverityFilter
  text: string
  isHeatOn: boolean
  isRulesOpen: boolean
  /** The finding the suppress dialog is asking a reason for. */
  suppressing: Diagnostic | null
  /** The rule whose page (docs/rules/<id>.md) is open, over any other dialog. */
  rulePageId: string | null
  setText: (text: string) => void
  toggleSeverity: (severity: Severity) => void
  showOnly: (severity: Severity) => void
  toggleHeat: () => void
  setRulesOpen: (isOpen: boolean) => void
  askSuppress: (diagnostic: Diagnostic | null) => void
  openRulePage: (ruleId: string | null) => void
}

export const useAnnotationUi = create<AnnotationUiState>()((set, get) => ({
  severities: ALL_SEVERITIES,
  text: '',
  isHeatOn: false,
  isRulesOpen: false,
  suppressing: null,
  rulePageId: null,
  setText: (text) => set({ text }),
  toggleSeverity: (severity) => set({ severities: { ...get().severities, [severity]: !get().severities[severity] } }),
  showOnly: (severity) => set({ severities: soloSeverity(get().severities, severity) }),
  toggleHeat: () => set({ isHeatOn: !get().isHeatOn }),
  setRulesOpen: (isRulesOpen) => set({ isRulesOpen }),
  askSuppress: (suppressing) => set({ suppressing }),
  openRulePage: (rulePageId) => set({ rulePageId }),
}))
