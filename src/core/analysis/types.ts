import type { PatchOp } from '../design/patch'
import type { Severity } from '../design/types'
import type { DesignView } from './view'

export type { PatchOp } from '../design/patch'

export type CapLabel = 'CP' | 'AP' | 'CA'

export interface CapSide {
  label: CapLabel
  /** What the node does when the network splits: the truth behind the conventional label. */
  underPartition: string
  mayLoseWrites: boolean
  /** The setting that flips the label, or null when nothing does. */
  flip: string | null
  /** The catalogue row that matched, e.g. "relational-db with async replication". */
  why: string
}

/**
 * A store's CAP for writes and for reads (issue 8, point 1: readFrom replicas changes the read label only). The
 * top-level fields are the node's one label for the card's pill: the weaker side, and whether writes may be lost.
 */
export interface NodeCap extends CapSide {
  write: CapSide
  read: CapSide
}

export interface DesignCap {
  write: CapLabel | null
  read: CapLabel | null
  summary: string
  /** The node that decided each label (first in file order among the weakest). */
  writeNode?: string
  readNode?: string
}

export interface WorkloadStep {
  label: string
  value: number
}

export type WorkloadProfile = 'read-heavy' | 'write-heavy' | 'balanced'

export interface WorkloadResult {
  profile: WorkloadProfile
  steps: WorkloadStep[]
  peakRps: number
  peakReadRps: number
  peakWriteRps: number
  suitability: { verdict: 'suited' | 'at-risk'; because: { ruleId: string; target: DiagnosticTarget }[] }
}

export interface LoadEntry {
  rps: number
  capacity: number
  utilisation: number
}

export interface SpofEntry {
  node: string
  scope: 'user-facing' | 'background'
  breaks: string[]
}

export type DiagnosticTarget = { type: 'node'; id: string } | { type: 'edge'; id: string } | { type: 'design' }

export interface Fix {
  title: string
  patch: PatchOp[]
}

export interface Diagnostic {
  ruleId: string
  severity: Severity
  message: string
  target: DiagnosticTarget
  fix?: Fix
  suppressed?: { reason: string }
}

export interface Analysis {
  cap: { design: DesignCap; nodes: Record<string, NodeCap> }
  workload?: WorkloadResult
  load: Record<string, LoadEntry>
  spof: SpofEntry[]
  diagnostics: Diagnostic[]
}

export interface RuleMeta {
  id: string
  /** The default; a finding may carry its own (single-point-of-failure: error or warning by scope). */
  severity: Severity
  category: string
  /** One line, sentence case, no trailing period. */
  description: string
  rationale: string
}

/** What a rule reports; the engine stamps rule id and the configured severity (as ESLint's Linter does). */
export interface Finding {
  target: DiagnosticTarget
  message: string
  fix?: Fix
  severity?: Severity
}

export interface Rule {
  meta: RuleMeta
  check(view: DesignView): Finding[]
}
