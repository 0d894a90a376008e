import { ALL_RULES } from '../core/analysis'
import type { Severity } from '../core/design/types'
import { parseCommandArgs } from './args'
import { UsageError } from './errors'
import { createPaint, padEnd, type CliIo, type Paint } from './io'

function paintSeverity(severity: Severity, paint: Paint): string {
  if (severity === 'error') return paint.red(severity)
  if (severity === 'warning') return paint.yellow(severity)
  return paint.blue(severity)
}

/** `archsight rules`: every rule's id, default severity and one-line description, in registry order. */
export function runRules(argv: string[], io: CliIo): number {
  const { positionals } = parseCommandArgs('rules', argv, {})
  if (positionals.length > 0) throw new UsageError(`rules takes no arguments (got ${positionals.join(' ')})`, 'rules')
  const paint = createPaint(io)
  const idWidth = Math.max(...ALL_RULES.map((r) => r.meta.id.length))
  const header = [padEnd(paint.bold('RULE'), idWidth), padEnd(paint.bold('DEFAULT'), 7), paint.bold('DESCRIPTION')]
  let out = `${header.join('  ')}\n`
  for (const { meta } of ALL_RULES) {
    out += `${padEnd(meta.id, idWidth)}  ${padEnd(paintSeverity(meta.severity, paint), 7)}  ${meta.description}\n`
  }
  out += `\n${ALL_RULES.length} rules. Configure with "rules" in the design or --rule ID=off|error|warning|info.\n`
  io.stdout(out)
  return 0
}
