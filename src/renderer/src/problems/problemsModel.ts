import { getEdgeName, getNodeName } from '@core/design/names'
import { SEVERITIES } from '@core/design/severity'
import type { Diagnostic, DiagnosticTarget } from '@core/analysis'
import type { Design, Severity } from '@core/design/types'
import { ALL_SEVERITIES, soloSeverity, type SeverityFilter } from '@renderer/analysis'

/** The problems panel's pure logic: target names, severity and text filters, grouping, counts. */

export { ALL_SEVERITIES, SEVERITIES, soloSeverity, type SeverityFilter }


export interface ProblemFilter {
  severities: SeverityFilter
  text: string
}

export interface TargetInfo {
  /** '' for the design (data-target-id). */
  id: string
  name: string
}

export type Counts = Record<Severity, number>

export interface ProblemGroup {
  severity: Severity
  items: Diagnostic[]
}

export interface ProblemList {
  groups: ProblemGroup[]
  /** Unsuppressed findings, whatever the filter: the summary bar's and the toggles' numbers. */
  counts: Counts
  /** Suppressed findings matching the text filter (severity toggles do not hide them: they are not counted). */
  suppressed: Diagnostic[]
  /** Rows in display order, for keyboard navigation. */
  rows: Diagnostic[]
}

/** A lookup of node and edge names for one design; build it once per design, not once per row. */
export function createTargetNamer(design: Design): (target: DiagnosticTarget) => TargetInfo {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]))
  const edges = new Map(design.edges.map((e) => [e.id, e]))
  return (target) => {
    if (target.type === 'design') return { id: '', name: 'design' }
    // The one naming rule (core/design names.ts); a target the design no longer has is named by its id.
    const found = target.type === 'node' ? nodes.get(target.id) : edges.get(target.id)
    return { id: target.id, name: found ? (target.type === 'node' ? getNodeName(found) : getEdgeName(found)) : target.id }
  }
}

export function countUnsuppressed(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0 }
  for (const d of diagnostics) if (!d.suppressed) counts[d.severity]++
  return counts
}

function matchesText(d: Diagnostic, needle: string, nameOf: (target: DiagnosticTarget) => TargetInfo): boolean {
  if (needle === '') return true
  const target = nameOf(d.target)
  const haystack = `${d.message}\n${d.ruleId}\n${target.name}\n${target.id}\n${d.suppressed?.reason ?? ''}`
  return haystack.toLowerCase().includes(needle)
}

export function listProblems(
  diagnostics: readonly Diagnostic[],
  filter: ProblemFilter,
  nameOf: (target: DiagnosticTarget) => TargetInfo,
): ProblemList {
  const needle = filter.text.trim().toLowerCase()
  const bySeverity: Record<Severity, Diagnostic[]> = { error: [], warning: [], info: [] }
  const suppressed: Diagnostic[] = []
  for (const d of diagnostics) {
    if (!matchesText(d, needle, nameOf)) continue
    if (d.suppressed) suppressed.push(d)
    else if (filter.severities[d.severity]) bySeverity[d.severity].push(d)
  }
  const groups = SEVERITIES.filter((s) => bySeverity[s].length > 0).map((severity) => ({ severity, items: bySeverity[severity] }))
  return { groups, counts: countUnsuppressed(diagnostics), suppressed, rows: groups.flatMap((g) => g.items) }
}

/** A stable key for a finding across runs: rule, target and message (the analysis is deterministic). */
export function getProblemKey(d: Diagnostic): string {
  const target = d.target.type === 'design' ? '' : `${d.target.type}:${d.target.id}`
  return `${d.ruleId}|${target}|${d.message}`
}
