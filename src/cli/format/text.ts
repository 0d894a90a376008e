import type { Analysis, Diagnostic } from '../../core/analysis'
import type { Severity } from '../../core/design/types'
import { padEnd, toTerminalText, type Paint } from '../io'

export interface FileReport {
  file: string
  analysis: Analysis
}

export interface Counts {
  error: number
  warning: number
  info: number
  suppressed: number
}

export function countDiagnostics(diagnostics: readonly Diagnostic[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, suppressed: 0 }
  for (const d of diagnostics) {
    if (d.suppressed) counts.suppressed++
    else counts[d.severity]++
  }
  return counts
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    error: a.error + b.error,
    warning: a.warning + b.warning,
    info: a.info + b.info,
    suppressed: a.suppressed + b.suppressed,
  }
}

export function pluralise(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** "1 error, 2 warnings, 0 infos": the counts every summary line shows. */
export function formatCounts(counts: Counts): string {
  return [pluralise(counts.error, 'error'), pluralise(counts.warning, 'warning'), pluralise(counts.info, 'info')].join(
    ', ',
  )
}

function paintSeverity(severity: Severity, paint: Paint): string {
  if (severity === 'error') return paint.red('error')
  if (severity === 'warning') return paint.yellow('warning')
  return paint.blue('info')
}

function describeTarget(d: Diagnostic): string {
  return d.target.type === 'design' ? '(design)' : toTerminalText(d.target.id)
}

/**
 * ESLint's stylish format with the target id where ESLint has line:column: a header per file with problems,
 * one aligned row per finding, then one summary line. Suppressed findings appear only when asked for, dimmed,
 * and are never counted.
 */
export function formatText(reports: readonly FileReport[], paint: Paint, isShowingSuppressed: boolean): string {
  let out = ''
  let total: Counts = { error: 0, warning: 0, info: 0, suppressed: 0 }
  for (const report of reports) {
    total = addCounts(total, countDiagnostics(report.analysis.diagnostics))
    const shown = report.analysis.diagnostics.filter((d) => isShowingSuppressed || !d.suppressed)
    if (shown.length === 0) continue
    const rows = shown.map((d) => ({
      target: describeTarget(d),
      severity: d.suppressed ? paint.dim('suppressed') : paintSeverity(d.severity, paint),
      message: toTerminalText(d.suppressed ? `${d.message} (${d.suppressed.reason})` : d.message),
      rule: paint.dim(d.ruleId),
      isSuppressed: Boolean(d.suppressed),
    }))
    const targetWidth = Math.max(...rows.map((r) => [...r.target].length))
    const severityWidth = rows.some((r) => r.isSuppressed) ? 10 : 7
    // Align rule ids like ESLint, but let a long message push its own id out rather than every line.
    const messageWidth = Math.min(72, Math.max(...rows.map((r) => [...r.message].length)))
    out += `\n${paint.underline(toTerminalText(report.file))}\n`
    for (const row of rows) {
      const cells = [
        padEnd(row.target, targetWidth),
        padEnd(row.severity, severityWidth),
        padEnd(row.message, messageWidth),
      ]
      const line = `  ${cells.join('  ')}  ${row.rule}`
      out += `${row.isSuppressed ? paint.dim(line) : line}\n`
    }
  }
  const problems = total.error + total.warning + total.info
  const hidden = total.suppressed > 0 ? paint.dim(` · ${total.suppressed} suppressed`) : ''
  if (problems === 0) {
    const files = pluralise(reports.length, 'file')
    return `${out}${out ? '\n' : ''}${paint.green('✔')} No problems in ${files}${hidden}\n`
  }
  const summary = `✖ ${pluralise(problems, 'problem')} (${formatCounts(total)})`
  const painted =
    total.error > 0
      ? paint.red(paint.bold(summary))
      : total.warning > 0
        ? paint.yellow(paint.bold(summary))
        : paint.bold(summary)
  return `${out}\n${painted}${hidden}\n`
}
