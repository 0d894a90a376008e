import type { Design, DesignNode, Severity } from '../design/types'
import type { NodeMarks } from './svgNodes'

/** The part of the analysis the picture shows; `Analysis` from core/analysis satisfies it. */
export interface ExportAnalysis {
  cap: {
    design: { write: string | null; read: string | null }
    nodes: Readonly<Record<string, { label: string }>>
  }
  workload?: { profile: string; peakRps: number }
  diagnostics: readonly {
    ruleId: string
    severity: Severity
    target: { type: 'node' | 'edge'; id: string } | { type: 'design' }
    suppressed?: unknown
  }[]
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 }

export function pickWorse(a: Severity | undefined, b: Severity): Severity {
  return a === undefined || SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a
}

export interface Marks {
  edges: Map<string, Severity>
  nodeMarks(node: DesignNode): NodeMarks
}

/** Counts and worst severities per target, from unsuppressed findings only (suppressed ones are accepted). */
export function collectMarks(design: Design, analysis: ExportAnalysis | undefined): Marks {
  const edges = new Map<string, Severity>()
  const nodes = new Map<string, { findings: number; worst?: Severity; spof?: Severity }>()
  for (const d of analysis?.diagnostics ?? []) {
    if (d.suppressed || d.target.type === 'design') continue
    if (d.target.type === 'edge') {
      edges.set(d.target.id, pickWorse(edges.get(d.target.id), d.severity))
      continue
    }
    const entry = nodes.get(d.target.id) ?? { findings: 0 }
    entry.findings++
    entry.worst = pickWorse(entry.worst, d.severity)
    if (d.ruleId === 'single-point-of-failure' || d.ruleId === 'zone-single-point-of-failure') {
      entry.spof = pickWorse(entry.spof, d.severity)
    }
    nodes.set(d.target.id, entry)
  }
  const known = new Set(design.nodes.map((n) => n.id))
  return {
    edges,
    nodeMarks(node) {
      const entry = known.has(node.id) ? nodes.get(node.id) : undefined
      return {
        cap: analysis?.cap.nodes[node.id]?.label,
        findings: entry?.findings ?? 0,
        worst: entry?.worst,
        spof: entry?.spof,
      }
    },
  }
}
