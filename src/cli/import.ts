import { readFile, writeFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { serializeDesign } from '../core/design'
import { importDrawio } from '../core/drawio/importDrawio'
import { formatImportReport } from '../core/drawio/report'
import { parseCommandArgs, readNumber } from './args'
import { EXIT_FAILURE, EXIT_OK, UsageError } from './errors'
import type { CliIo } from './io'

const MAX_DRAWIO_BYTES = 50 * 1024 * 1024

/**
 * `archsight import FILE.drawio [--out F] [--page N]`: the design goes to --out (or stdout, to pipe it), the
 * report of what was mapped, guessed and skipped to the terminal (stderr when the design takes stdout).
 */
export async function runImport(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', argv, {
    out: { type: 'string', short: 'o' },
    page: { type: 'string' },
  })
  if (positionals.length !== 1) throw new UsageError('import needs exactly one draw.io file', 'import')
  const page = readNumber('import', 'page', values.page, (n) => Number.isInteger(n) && n >= 1, 'a page number from 1')
  const file = positionals[0]
  let text: string
  try {
    const bytes = await readFile(file)
    if (bytes.length > MAX_DRAWIO_BYTES) {
      io.stderr(`error: ${file}: the file is over 50 MB\n`)
      return EXIT_FAILURE
    }
    text = new TextDecoder().decode(bytes)
  } catch (error) {
    const code = (error as { code?: string }).code
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String((error as Error).message)
    io.stderr(`error: ${file}: ${reason}\n`)
    return EXIT_FAILURE
  }
  const imported = importDrawio(text, { page, name: basename(file, extname(file)) })
  if (!imported.ok) {
    io.stderr(`error: ${file}: ${imported.message}\n`)
    return EXIT_FAILURE
  }
  const json = serializeDesign(imported.design)
  const report = formatImportReport(imported.report)
  const out = values.out as string | undefined
  if (!out) {
    io.stdout(json)
    io.stderr(report)
    return EXIT_OK
  }
  try {
    await writeFile(out, json)
  } catch (error) {
    io.stderr(`error: cannot write ${out}: ${error instanceof Error ? error.message : String(error)}\n`)
    return EXIT_FAILURE
  }
  io.stdout(`${report}\nwrote ${out}: ${imported.design.nodes.length} nodes, ${imported.design.edges.length} edges\n`)
  return EXIT_OK
}
