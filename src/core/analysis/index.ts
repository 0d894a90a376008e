import type { Design, RuleSetting } from '../design/types'
import { resolveSettings, runRules } from './engine'
import { ALL_RULES } from './rules'
import type { Analysis, LoadEntry, WorkloadResult } from './types'
import { createView, type DesignView } from './view'

/**
 * `analyze(design)`: the single source of every annotation (canvas badges, problems panel, summary, CLI, PNG
 * legend). Pure and deterministic; it never throws on a design that passed the format check.
 */

export { ALL_RULES, getRule } from './rules'
export { deriveWorkload, classifyProfile, type DerivedWorkload } from './workload'
export { createView, DesignView, type ViewEdge, type ViewNode } from './view'
export { compareDiagnostics } from './engine'
export { NEAR_CAPACITY } from './load'
export { isNodeRedundant } from './redundancy'
export { applyPatch } from '../design/patch'
export type * from './types'
export { computeFailureTable, type FailureRow, type FailureTarget, type FailureType, type FailureSeverity } from './failureTable'
export {
  evaluateScenario,
  resolveFailures,
  type Scenario,
  type ScenarioEffect,
  type StoreBehaviour,
  type NodeState,
} from './scenario'

export interface AnalyzeOptions {
  /** The CLI's `--rule ID=SEVERITY`: replaces the design's own `rules` entry for that id. */
  ruleOverrides?: Record<string, RuleSetting>
}

/** Rules whose (unsuppressed) findings make the workload at-risk. */
const SUITABILITY_RULES: ReadonlySet<string> = new Set([
  'read-heavy-without-cache',
  'write-heavy-single-primary',
  'over-capacity',
  'near-capacity',
  'no-headroom-for-failure',
])

function buildLoad(view: DesignView): Record<string, LoadEntry> {
  const out = Object.create(null) as Record<string, LoadEntry>
  for (const { node, rps, capacity, utilisation } of view.loadedNodes) out[node.id] = { rps, capacity, utilisation }
  return out
}

export function analyze(design: Design, options: AnalyzeOptions = {}): Analysis {
  const view = createView(design, { ruleIds: ALL_RULES.map((rule) => rule.meta.id) })
  const diagnostics = runRules(view, ALL_RULES, resolveSettings(design, options.ruleOverrides))
  const cap = view.cap
  const analysis: Analysis = {
    cap: { design: cap.design, nodes: cap.nodes },
    load: buildLoad(view),
    spof: view.failure.spof,
    diagnostics,
  }
  const derived = view.workload
  if (derived) {
    const because = diagnostics
      .filter((d) => !d.suppressed && SUITABILITY_RULES.has(d.ruleId))
      .map((d) => ({ ruleId: d.ruleId, target: d.target }))
    const workload: WorkloadResult = {
      profile: derived.profile,
      steps: derived.steps,
      peakRps: derived.peakRps,
      peakReadRps: derived.peakReadRps,
      peakWriteRps: derived.peakWriteRps,
      suitability: { verdict: because.length > 0 ? 'at-risk' : 'suited', because },
    }
    analysis.workload = workload
  }
  return analysis
}
