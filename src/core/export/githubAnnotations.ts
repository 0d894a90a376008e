/**
 * Lint findings as GitHub Actions workflow commands (`::error file=...,line=...,title=...::message`), the way
 * ESLint's formatter does, so each finding shows on the pull request's "Files changed" at the line that
 * declares its node or edge. Values are escaped as the runner expects (%, CR, LF; and : , in properties), so
 * a label cannot end the command early or start another.
 */
import type { Severity } from '../design/types'
import { findIdLine, type SarifDiagnostic } from './sarif'

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' }

export interface AnnotatedFile {
  file: string
  text?: string
  analysis: { diagnostics: readonly SarifDiagnostic[] }
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function toGithubAnnotations(files: readonly AnnotatedFile[]): string {
  const lines: string[] = []
  for (const { file, text, analysis } of files) {
    for (const d of analysis.diagnostics) {
      if (d.suppressed) continue
      const line = d.target.type === 'design' ? 1 : findIdLine(text, d.target.id)
      const title = `${d.ruleId}${d.target.type === 'design' ? '' : ` (${d.target.id})`}`
      const message = d.fix ? `${d.message} (fix: ${d.fix.title})` : d.message
      lines.push(`::${COMMANDS[d.severity]} file=${escapeProperty(file)},line=${line},title=${escapeProperty(title)}::${escapeData(message)}`)
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
