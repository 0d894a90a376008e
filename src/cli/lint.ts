import { ALL_RULES, analyze } from '../core/analysis'
import { toGithubAnnotations } from '../core/export/githubAnnotations'
import { toSarif } from '../core/export/sarif'
import { parseCommandArgs, readChoice, readNumber, readRuleOverrides } from './args'
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, UsageError } from './errors'
import { addCounts, countDiagnostics, formatText, type Counts, type FileReport } from './format/text'
import { createPaint, type CliIo } from './io'
import { formatLoadError, loadDesign } from './load'
import { readPackageVersion } from './version'

const FORMATS = ['text', 'json', 'sarif', 'github'] as const

/** `archsight lint DESIGN...`: every file is linted even when one fails to load; that one makes the exit 2. */
export async function runLint(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', argv, {
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    rule: { type: 'string', multiple: true },
    'show-suppressed': { type: 'boolean' },
  })
  if (positionals.length === 0) throw new UsageError('lint needs at least one design file', 'lint')
  const format = readChoice('lint', 'format', values.format, FORMATS, 'text')
  const maxWarnings = readNumber(
    'lint',
    'max-warnings',
    values['max-warnings'],
    (n) => Number.isInteger(n) && n >= 0,
    'a whole number >= 0',
  )
  const ruleOverrides = readRuleOverrides('lint', values.rule, new Set(ALL_RULES.map((r) => r.meta.id)))

  const reports: (FileReport & { text: string })[] = []
  let hasFailedFile = false
  for (const file of positionals) {
    const loaded = await loadDesign(file)
    if (!loaded.ok) {
      hasFailedFile = true
      io.stderr(formatLoadError(loaded))
      continue
    }
    reports.push({ file, text: loaded.text, analysis: analyze(loaded.design, { ruleOverrides }) })
  }

  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        reports.map((r) => ({ file: r.file, ...r.analysis })),
        null,
        2,
      )}\n`,
    )
  } else if (format === 'github') {
    io.stdout(toGithubAnnotations(reports))
  } else if (format === 'sarif') {
    io.stdout(`${JSON.stringify(toSarif(reports, ALL_RULES, { version: readPackageVersion() }), null, 2)}\n`)
  } else if (reports.length > 0) {
    io.stdout(formatText(reports, createPaint(io), values['show-suppressed'] === true))
  }

  const total = reports.reduce<Counts>((sum, r) => addCounts(sum, countDiagnostics(r.analysis.diagnostics)), {
    error: 0,
    warning: 0,
    info: 0,
    suppressed: 0,
  })
  const hasTooManyWarnings = maxWarnings !== undefined && total.warning > maxWarnings
  if (hasTooManyWarnings) {
    io.stderr(`archsight found too many warnings (maximum: ${maxWarnings}, found: ${total.warning})\n`)
  }
  if (hasFailedFile) return EXIT_FAILURE
  return total.error > 0 || hasTooManyWarnings ? EXIT_PROBLEMS : EXIT_OK
}
