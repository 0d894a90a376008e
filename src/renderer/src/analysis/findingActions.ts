import { applyPatch, type Diagnostic, type Fix } from '@core/analysis'
import type { RuleSetting } from '@core/design/types'
import { addSuppression, removeSuppression } from './suppressions'
import { useEditorStore } from '@renderer/store'

/** The analysis UI's edits to the design. Each is exactly one undo step, as every store action is. */

export function applyFix(fix: Fix): boolean {
  const state = useEditorStore.getState()
  try {
    state.replaceDesign(applyPatch(state.design, fix.patch), fix.title)
    return true
  } catch (error) {
    // A fix computed for an older design (the user edited meanwhile) may no longer apply: say so, change nothing.
    const reason = error instanceof Error ? error.message : String(error)
    state.showNotice({ message: `Could not apply “${fix.title}”: ${reason}` })
    return false
  }
}

export function suppressFinding(diagnostic: Diagnostic, reason: string): void {
  const state = useEditorStore.getState()
  state.updateDesign({ suppressions: addSuppression(state.design.suppressions, diagnostic, reason.trim()) })
}

export function unsuppressFinding(diagnostic: Diagnostic): void {
  const state = useEditorStore.getState()
  state.updateDesign({ suppressions: removeSuppression(state.design.suppressions, diagnostic) })
}

/** 'default' removes the design's entry, so the rule's own severity applies again. */
export function setRuleSetting(ruleId: string, setting: RuleSetting | 'default'): void {
  const state = useEditorStore.getState()
  const rules = { ...(state.design.rules ?? {}) }
  if (setting === 'default') delete rules[ruleId]
  else rules[ruleId] = setting
  state.updateDesign({ rules: Object.keys(rules).length > 0 ? rules : undefined })
}
