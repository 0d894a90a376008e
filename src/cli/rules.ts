import { ALL_RULES, getRule } from '../core/analysis'
import { stripControl } from '../core/docs/markdown'
import type { Severity } from '../core/design/types'
import { parseCommandArgs, readChoice } from './args'
import { EXIT_FAILURE, UsageError } from './errors'
import { createPaint, padEnd, type CliIo, type Paint } from './io'
import { readRulePage, renderRulePage } from './rulePage'

function paintSeverity(severity: Severity, paint: Paint): string {
  if (severity === 'error') return paint.red(severity)
  if (severity === 'warning') return paint.yellow(severity)
  return paint.blue(severity)
}

function listRules(io: CliIo): string {
  const paint = createPaint(io)
  const idWidth = Math.max(...ALL_RULES.map((r) => r.meta.id.length))
  const header = [padEnd(paint.bold('RULE'), idWidth), padEnd(paint.bold('DEFAULT'), 7), paint.bold('DESCRIPTION')]
  let out = `${header.join('  ')}\n`
  for (const { meta } of ALL_RULES) {
    out += `${padEnd(meta.id, idWidth)}  ${padEnd(paintSeverity(meta.severity, paint), 7)}  ${meta.description}\n`
  }
  out += `\n${ALL_RULES.length} rules. \`archsight rules ID\` explains one. Configure with "rules" in the design or --rule ID=off|error|warning|info.\n`
  return out
}

/**
 * `archsight rules`: every rule's id, default severity and description; `archsight rules ID`: that rule's page
 * (docs/rules/ID.md) as terminal text; `--format json`: the list (or the one rule with its page) as data.
 */
export function runRules(argv: string[], io: CliIo): number {
  const { values, positionals } = parseCommandArgs('rules', argv, { format: { type: 'string' } })
  const format = readChoice('rules', 'format', values.format, ['text', 'json'] as const, 'text')
  if (positionals.length > 1) throw new UsageError(`rules takes at most one rule id (got ${positionals.join(' ')})`, 'rules')
  const [id] = positionals
  if (id === undefined) {
    const list = ALL_RULES.map(({ meta }) => ({
      id: meta.id,
      severity: meta.severity,
      category: meta.category,
      description: meta.description,
    }))
    io.stdout(format === 'json' ? `${JSON.stringify(list, null, 2)}\n` : listRules(io))
    return 0
  }
  const rule = getRule(id)
  // Only a registered id reaches the file system, so an argument can never name another file.
  const page = rule ? readRulePage(rule.meta.id) : null
  if (!rule || page === null) {
    const shown = JSON.stringify(stripControl(id).slice(0, 80))
    io.stderr(
      rule
        ? `archsight rules: ${shown} has no page in docs/rules/ (the installation is incomplete)\n`
        : `archsight rules: no rule is called ${shown}; \`archsight rules\` lists them all\n`,
    )
    return EXIT_FAILURE
  }
  if (format === 'json') {
    const { meta } = rule
    const entry = { id: meta.id, severity: meta.severity, category: meta.category, description: meta.description, page: stripControl(page) }
    io.stdout(`${JSON.stringify(entry, null, 2)}\n`)
  } else io.stdout(renderRulePage(page, createPaint(io)))
  return 0
}
