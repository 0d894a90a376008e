import { ALL_RULES, analyze, NEAR_CAPACITY, type Analysis } from '../core/analysis'
import type { Design } from '../core/design/types'
import { parseCommandArgs, readRuleOverrides } from './args'
import { EXIT_FAILURE, EXIT_OK, UsageError } from './errors'
import { formatPercentage, formatSignificant, formatTable } from './format/table'
import { countDiagnostics, formatCounts } from './format/text'
import { createPaint, toTerminalText, type CliIo, type Paint } from './io'
import { formatLoadError, loadDesign } from './load'
import { runScenario } from './scenario'

function paintCap(label: string | null, paint: Paint): string {
  if (label === null) return paint.dim('none')
  return label === 'CP' ? paint.blue(label) : label === 'AP' ? paint.yellow(label) : label
}

function explainCap(design: Design, analysis: Analysis, paint: Paint): string {
  const { cap } = analysis
  const labels = `Writes ${paintCap(cap.design.write, paint)} · Reads ${paintCap(cap.design.read, paint)}`
  let out = `${paint.bold('CAP')}\n  ${labels}\n`
  if (cap.design.summary) out += `  ${toTerminalText(cap.design.summary)}\n`
  const rows = design.nodes
    .filter((n) => cap.nodes[n.id])
    .map((n) => {
      const node = cap.nodes[n.id]
      return [n.id, paintCap(node.label, paint), node.mayLoseWrites ? 'yes' : 'no', toTerminalText(node.underPartition)]
    })
  if (rows.length > 0) {
    out += '\n' + formatTable([['NODE', 'CAP', 'MAY LOSE WRITES', 'UNDER A PARTITION'].map(paint.dim), ...rows])
  }
  return out
}

function explainWorkload(analysis: Analysis, paint: Paint): string {
  const { workload } = analysis
  if (!workload)
    return `${paint.bold('Workload')}\n  none: add a workload to the design to see peak load and capacity findings\n`
  let out = `${paint.bold('Workload')}: ${workload.profile}\n`
  out += formatTable(
    workload.steps.map((s) => [s.label, formatSignificant(s.value)]),
    ['left', 'right'],
  )
  const { verdict, because } = workload.suitability
  const reasons = because.map((b) => `${b.ruleId}${b.target.type === 'design' ? '' : ` on ${b.target.id}`}`)
  out += `  Suitability: ${verdict === 'suited' ? paint.green('suited') : paint.yellow('at risk')}`
  out += reasons.length ? ` (${reasons.join(', ')})\n` : '\n'
  return out
}

function explainLoad(design: Design, analysis: Analysis, paint: Paint): string {
  const rows = design.nodes
    .filter((n) => analysis.load[n.id])
    .map((n) => {
      const { rps, capacity, utilisation } = analysis.load[n.id]
      const percent = formatPercentage(utilisation)
      const shown = utilisation > 1 ? paint.red(percent) : utilisation > NEAR_CAPACITY ? paint.yellow(percent) : percent
      return [n.id, formatSignificant(rps), formatSignificant(capacity), shown]
    })
  if (!analysis.workload || rows.length === 0) return ''
  const header = ['NODE', 'REQ/S', 'CAPACITY', 'UTILISATION'].map(paint.dim)
  return `${paint.bold('Load at peak')}\n${formatTable([header, ...rows], ['left', 'right', 'right', 'right'])}`
}

function explainSpof(analysis: Analysis, paint: Paint): string {
  const out = `${paint.bold('Single points of failure')}\n`
  if (analysis.spof.length === 0) return `${out}  none\n`
  const rows = analysis.spof.map((s) => [
    s.node,
    s.scope === 'user-facing' ? paint.red(s.scope) : paint.yellow(s.scope),
    s.scope === 'user-facing'
      ? `users of ${s.breaks.join(', ')} fail`
      : `background work from ${s.breaks.join(', ')} stops`,
  ])
  return out + formatTable(rows)
}

/**
 * `archsight explain DESIGN`: the analysis as prose and tables, what the app's summary panels show. With
 * `--fail ID[,ID...]`: what that set of failures breaks instead (exit codes as lint).
 */
export async function runExplain(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('explain', argv, {
    rule: { type: 'string', multiple: true },
    fail: { type: 'string', multiple: true },
  })
  if (positionals.length !== 1) throw new UsageError('explain needs exactly one design file', 'explain')
  const ruleOverrides = readRuleOverrides('explain', values.rule, new Set(ALL_RULES.map((r) => r.meta.id)))
  const loaded = await loadDesign(positionals[0])
  if (!loaded.ok) {
    io.stderr(formatLoadError(loaded))
    return EXIT_FAILURE
  }
  const paint = createPaint(io)
  if (values.fail !== undefined) return runScenario(loaded.design, loaded.file, values.fail, io, paint)
  const analysis = analyze(loaded.design, { ruleOverrides })
  const counts = countDiagnostics(analysis.diagnostics)
  const sections = [
    `${paint.bold(toTerminalText(loaded.design.name))}\n${paint.dim(toTerminalText(loaded.file))}\n`,
    explainCap(loaded.design, analysis, paint),
    explainWorkload(analysis, paint),
    explainLoad(loaded.design, analysis, paint),
    explainSpof(analysis, paint),
    `Findings: ${formatCounts(counts)}` +
      `${counts.suppressed ? `, ${counts.suppressed} suppressed` : ''} (archsight lint ${toTerminalText(loaded.file)} for details)\n`,
  ]
  io.stdout(sections.filter(Boolean).join('\n'))
  return EXIT_OK
}
