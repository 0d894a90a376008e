import { createView, evaluateScenario, resolveFailures, type Scenario } from '../core/analysis'
import { listNames } from '../core/analysis/report'
import type { Design } from '../core/design/types'
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, UsageError } from './errors'
import { formatTable } from './format/table'
import type { CliIo, Paint } from './io'

/** `--fail a,b --fail c`: ids as typed, split on commas, blanks dropped, order kept. */
export function readFailIds(values: unknown): string[] {
  const ids = ((values as string[] | undefined) ?? []).flatMap((v) => v.split(',')).map((id) => id.trim())
  const kept = ids.filter((id) => id !== '')
  if (kept.length === 0) {
    throw new UsageError('--fail needs at least one node, zone or edge id, e.g. --fail db,az-a', 'explain')
  }
  return kept
}

function formatSection(title: string, lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${title}\n${lines.map((line) => `  ${line}\n`).join('')}`
}

export function formatScenario(scenario: Scenario, design: Design, paint: Paint): string {
  const names = listNames(scenario.fails.map((f) => `${f.id} (${f.type === 'edge' ? 'link' : f.type})`))
  const messages = (effect: string) => scenario.effects.filter((e) => e.effect === effect).map((e) => e.message)
  const verdict =
    scenario.severity === 'error'
      ? paint.red(`${scenario.breaks.length} user-facing ${scenario.breaks.length === 1 ? 'flow fails' : 'flows fail'}`)
      : scenario.severity === 'warning'
        ? paint.yellow('no user-facing flow fails; some work degrades or waits')
        : paint.green('no effect: every flow still works')
  const stores = scenario.stores.map((s) => [
    s.node,
    s.label,
    s.mayLoseWrites ? paint.yellow('may lose acknowledged writes') : '',
    s.sentence,
  ])
  const zones = new Set(design.nodes.filter((n) => n.kind === 'zone').map((n) => n.id))
  const nodeCount = design.nodes.length - zones.size
  const down = Object.entries(scenario.states).filter(([id, state]) => state === 'down' && !zones.has(id))
  const sections = [
    `${paint.bold(`What if ${names} ${scenario.fails.length === 1 ? 'fails' : 'fail'}?`)} ${verdict}\n` +
      `  ${down.length} of ${nodeCount} nodes down\n`,
    formatSection(paint.bold('Breaks'), messages('breaks')),
    formatSection(
      paint.bold('Degrades') + paint.dim(' (still works without an optional dependency)'),
      messages('degrades'),
    ),
    formatSection(paint.bold('Stalls') + paint.dim(' (background work waits)'), messages('stalls')),
    stores.length === 0
      ? ''
      : `${paint.bold('Stores still serving')}\n` +
        formatTable([['NODE', 'CAP', '', 'WHEN CUT OFF'].map(paint.dim), ...stores]),
  ]
  return sections.filter(Boolean).join('\n')
}

/** `archsight explain DESIGN --fail ID[,ID...]`: exit 1 when the scenario breaks a user-facing flow (lint's errors). */
export function runScenario(design: Design, file: string, failValues: unknown, io: CliIo, paint: Paint): number {
  const view = createView(design)
  const { fails, unknown } = resolveFailures(view, readFailIds(failValues))
  if (unknown.length > 0) {
    const quoted = unknown.map((id) => JSON.stringify(id)).join(', ')
    io.stderr(
      `error: ${file}: --fail names no node, zone or edge: ${quoted} ` +
        `(ids are case-sensitive; \`archsight failures ${file}\` lists every one)\n`,
    )
    return EXIT_FAILURE
  }
  const scenario = evaluateScenario(view, fails)
  io.stdout(`${paint.bold(design.name)}\n${paint.dim(file)}\n\n${formatScenario(scenario, design, paint)}`)
  return scenario.severity === 'error' ? EXIT_PROBLEMS : EXIT_OK
}
