import { computeFailureTable, createView, type FailureRow } from '../core/analysis'
import { parseCommandArgs, readChoice } from './args'
import { EXIT_FAILURE, EXIT_OK, UsageError } from './errors'
import { formatTable } from './format/table'
import { pluralise } from './format/text'
import { createPaint, type CliIo, type Paint } from './io'
import { formatLoadError, loadDesign } from './load'

const FORMATS = ['text', 'json'] as const
/** Ids shown in one cell or the no-effect line before "+N more": the table must read in seconds. */
const CELL_IDS = 3
const LINE_IDS = 12

/** "web, mobile, admin +2 more"; "-" for none. */
export function listIds(ids: readonly string[], max = CELL_IDS): string {
  if (ids.length === 0) return '-'
  const shown = ids.slice(0, max).join(', ')
  return ids.length > max ? `${shown} +${ids.length - max} more` : shown
}

function paintSeverity(row: FailureRow, paint: Paint): string {
  return row.severity === 'error' ? paint.red('error') : paint.yellow('warning')
}

/** The counts line, the rows that do something (most harmful first), then one line for all the rest. */
export function formatFailureTable(rows: readonly FailureRow[], paint: Paint): string {
  const harmful = rows.filter((r) => r.severity !== 'none')
  const harmless = rows.filter((r) => r.severity === 'none')
  const breaking = harmful.filter((r) => r.severity === 'error').length
  const none = `${harmless.length} ${harmless.length === 1 ? 'has' : 'have'} no effect`
  let out =
    `${pluralise(rows.length, 'single failure')}: ${breaking} break a user-facing flow, ` +
    `${harmful.length - breaking} only stall or degrade, ${none}\n`
  if (harmful.length > 0) {
    const header = ['SEVERITY', 'FAILS', '', 'BREAKS', 'STALLS', 'DEGRADES', 'SPOF'].map(paint.dim)
    const body = harmful.map((r) => [
      paintSeverity(r, paint),
      paint.dim(r.fail.type),
      r.fail.id,
      listIds(r.breaks),
      listIds(r.stalls),
      listIds(r.degrades),
      r.spof ? paint.red('yes') : '',
    ])
    out += '\n' + formatTable([header, ...body])
  }
  if (harmless.length > 0) {
    out += `\n${paint.dim('No effect:')} ${listIds(harmless.map((r) => r.fail.id), LINE_IDS)}\n`
  }
  return out
}

/** `archsight failures DESIGN`: every node, zone and link failed alone, most harmful first. */
export async function runFailures(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('failures', argv, { format: { type: 'string', short: 'f' } })
  if (positionals.length !== 1) throw new UsageError('failures needs exactly one design file', 'failures')
  const format = readChoice('failures', 'format', values.format, FORMATS, 'text')
  const loaded = await loadDesign(positionals[0])
  if (!loaded.ok) {
    io.stderr(formatLoadError(loaded))
    return EXIT_FAILURE
  }
  const rows = computeFailureTable(createView(loaded.design))
  if (format === 'json') {
    io.stdout(`${JSON.stringify(rows, null, 2)}\n`)
    return EXIT_OK
  }
  const paint = createPaint(io)
  io.stdout(`${paint.bold(loaded.design.name)}\n${paint.dim(loaded.file)}\n\n${formatFailureTable(rows, paint)}`)
  return EXIT_OK
}
