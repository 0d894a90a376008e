import { analyze } from '../core/analysis'
import { createEmptyDesign } from '../core/design/types'
import { diffDesigns } from '../core/diff/diffDesigns'
import { parseCommandArgs, readChoice } from './args'
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, UsageError } from './errors'
import { formatDiffMarkdown, formatDiffText } from './format/diff'
import type { CliIo } from './io'
import { formatLoadError, loadDesign, type LoadResult } from './load'

const FORMATS = ['text', 'json', 'markdown'] as const

/** git passes a deleted or added file's missing side as /dev/null. */
async function loadSide(file: string): Promise<LoadResult> {
  if (file === '/dev/null') return { ok: true, file, design: createEmptyDesign('(none)'), text: '' }
  return loadDesign(file)
}

/**
 * `archsight diff OLD NEW`: exit 1 when NEW introduces an error finding. Run by git as a diff driver it gets
 * seven arguments (path old-file old-hex old-mode new-file new-hex new-mode) and always exits 0 after
 * printing, because git stops a whole `git diff` at a driver that fails.
 */
export async function runDiff(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('diff', argv, { format: { type: 'string', short: 'f' } })
  const isGit = positionals.length === 7
  if (!isGit && positionals.length !== 2) throw new UsageError('diff needs two design files: OLD NEW', 'diff')
  const format = readChoice('diff', 'format', values.format, FORMATS, 'text')
  const [beforeFile, afterFile] = isGit ? [positionals[1], positionals[4]] : positionals
  const [before, after] = await Promise.all([loadSide(beforeFile), loadSide(afterFile)])
  for (const side of [before, after]) if (!side.ok) io.stderr(formatLoadError(side))
  if (!before.ok || !after.ok) return EXIT_FAILURE
  const diff = diffDesigns(before.design, after.design, analyze(before.design), analyze(after.design))
  const [beforeName, afterName] = isGit ? [`a/${positionals[0]}`, `b/${positionals[0]}`] : [beforeFile, afterFile]
  if (format === 'json') io.stdout(`${JSON.stringify({ before: beforeName, after: afterName, ...diff }, (_k, v) => (v === Infinity ? 'Infinity' : v), 2)}\n`)
  else if (format === 'markdown') io.stdout(formatDiffMarkdown(diff, beforeName, afterName))
  else io.stdout(formatDiffText(diff, beforeName, afterName))
  if (isGit) return EXIT_OK
  return diff.introducesError ? EXIT_PROBLEMS : EXIT_OK
}
