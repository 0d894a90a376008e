import { compareSeverity } from '../design/severity'
import type { Design, RuleSetting } from '../design/types'
import type { Diagnostic, DiagnosticTarget, Rule } from './types'
import type { DesignView } from './view'

/**
 * Runs the rules over one view the way ESLint's Linter does: rules report findings, the engine stamps the
 * rule id and the configured severity, applies suppressions and sorts. A rule that throws becomes one error
 * on the design naming it, so one broken rule never hides the others' findings.
 */


export function targetId(target: DiagnosticTarget): string {
  return target.type === 'design' ? '' : target.id
}

/** UTF-16 code unit order: the same on every machine and locale, unlike localeCompare. */
function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compareSeverity(a.severity, b.severity) ||
    compareCodeUnits(a.ruleId, b.ruleId) ||
    compareCodeUnits(targetId(a.target), targetId(b.target)) ||
    compareCodeUnits(a.message, b.message)
  )
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export function resolveSettings(
  design: Design,
  overrides: Readonly<Record<string, RuleSetting>> | undefined,
): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>()
  for (const [id, setting] of Object.entries(design.rules ?? {})) settings.set(id, setting)
  for (const [id, setting] of Object.entries(overrides ?? {})) settings.set(id, setting)
  return settings
}

export function runRules(
  view: DesignView,
  rules: readonly Rule[],
  settings: ReadonlyMap<string, RuleSetting>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = []
  for (const rule of rules) {
    const setting = settings.get(rule.meta.id)
    if (setting === 'off') continue
    try {
      for (const finding of rule.check(view)) {
        const diagnostic: Diagnostic = {
          ruleId: rule.meta.id,
          severity: setting ?? finding.severity ?? rule.meta.severity,
          message: finding.message,
          target: finding.target,
        }
        if (finding.fix) diagnostic.fix = finding.fix
        diagnostics.push(diagnostic)
      }
    } catch (error) {
      diagnostics.push({
        ruleId: rule.meta.id,
        severity: 'error',
        message: `Rule ${rule.meta.id} crashed: ${describeError(error)}`,
        target: { type: 'design' },
      })
    }
  }
  applySuppressions(view.design, diagnostics)
  return diagnostics.sort(compareDiagnostics)
}

function applySuppressions(design: Design, diagnostics: Diagnostic[]): void {
  const suppressions = design.suppressions ?? []
  if (suppressions.length === 0) return
  const byKey = new Map<string, string>()
  for (const s of suppressions) {
    const key = `${s.rule}\u0000${s.target ?? ''}`
    if (!byKey.has(key)) byKey.set(key, s.reason)
  }
  for (const diagnostic of diagnostics) {
    const reason = byKey.get(`${diagnostic.ruleId}\u0000${targetId(diagnostic.target)}`)
    if (reason !== undefined) diagnostic.suppressed = { reason }
  }
}
