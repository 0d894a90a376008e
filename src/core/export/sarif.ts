/**
 * Lint results as SARIF 2.1.0, the format code-scanning tools (GitHub, Azure DevOps, IDE viewers) read.
 * A finding on a node or edge points at the line of that id in the design file (when the text is given) and
 * names the id as a logical location; accepted findings carry an in-source suppression with their reason.
 */
import type { Severity } from '../design/types'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'

export interface SarifRuleSource {
  meta: { id: string; severity: Severity; category: string; description: string; rationale: string }
}

export interface SarifDiagnostic {
  ruleId: string
  severity: Severity
  message: string
  target: { type: 'node' | 'edge'; id: string } | { type: 'design' }
  fix?: { title: string }
  suppressed?: { reason: string }
}

export interface SarifInput {
  /** The path as the user gave it; relative paths stay relative to the working directory (the repo root in CI). */
  file: string
  analysis: { diagnostics: readonly SarifDiagnostic[] }
  /** The file's text, to point each finding at the line that declares its node or edge. */
  text?: string
}

export interface SarifOptions {
  version?: string
}

type SarifLevel = 'error' | 'warning' | 'note'

const LEVELS: Readonly<Record<Severity, SarifLevel>> = { error: 'error', warning: 'warning', info: 'note' }

/** A file path as a SARIF URI: forward slashes, percent-encoded; absolute paths become file: URIs. */
export function toArtifactUri(path: string): string {
  const slashed = path.replace(/\\/g, '/')
  if (/^[A-Za-z]:\//.test(slashed)) return `file:///${encodeURI(slashed)}`
  if (slashed.startsWith('/')) return `file://${encodeURI(slashed)}`
  return encodeURI(slashed.replace(/^\.\//, ''))
}

/** 1-based line of `"id": "<id>"` in the text, or 1 when it cannot be found. */
export function findIdLine(text: string | undefined, id: string): number {
  return indexIdLines(text).get(id) ?? 1
}

/**
 * The line of every `"id": "..."` in one pass (the first one wins, as a search from the top would find).
 * Searching the text again for each finding made SARIF quadratic: 20 s at 10,000 nodes.
 */
export function indexIdLines(text: string | undefined): Map<string, number> {
  const lines = new Map<string, number>()
  if (!text) return lines
  const pattern = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g
  let line = 1
  let counted = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (; counted < match.index; counted++) if (text.charCodeAt(counted) === 10) line++
    const id = decodeJsonString(match[1])
    if (id !== null && !lines.has(id)) lines.set(id, line)
  }
  return lines
}

function decodeJsonString(raw: string): string | null {
  if (!raw.includes('\\')) return raw
  try {
    return JSON.parse(`"${raw}"`) as string
  } catch {
    return null
  }
}

export function toSarif(
  results: readonly SarifInput[],
  rules: readonly SarifRuleSource[],
  options: SarifOptions = {},
): object {
  const driverRules = rules.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: rule.meta.rationale },
    defaultConfiguration: { level: LEVELS[rule.meta.severity] },
    properties: { category: rule.meta.category },
  }))
  const ruleIndex = new Map(driverRules.map((rule, index) => [rule.id, index]))

  const sarifResults = results.flatMap((entry) => {
    const uri = toArtifactUri(entry.file)
    const idLines = indexIdLines(entry.text)
    return entry.analysis.diagnostics.map((d) => {
      const targetId = d.target.type === 'design' ? undefined : d.target.id
      const location = {
        physicalLocation: {
          artifactLocation: { uri },
          region: { startLine: targetId === undefined ? 1 : (idLines.get(targetId) ?? 1) },
        },
        ...(targetId === undefined
          ? {}
          : {
              logicalLocations: [
                { name: targetId, fullyQualifiedName: `${d.target.type}:${targetId}`, kind: 'member' },
              ],
            }),
      }
      const index = ruleIndex.get(d.ruleId)
      return {
        ruleId: d.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: LEVELS[d.severity],
        message: { text: d.fix ? `${d.message}. Fix: ${d.fix.title}` : d.message },
        locations: [location],
        partialFingerprints: { 'archsightTarget/v1': `${d.ruleId}:${d.target.type}:${targetId ?? ''}` },
        ...(d.suppressed ? { suppressions: [{ kind: 'inSource', justification: d.suppressed.reason }] } : {}),
      }
    })
  })

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'archsight',
            ...(options.version ? { version: options.version, semanticVersion: options.version } : {}),
            rules: driverRules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  }
}
