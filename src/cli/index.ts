/**
 * `archsight` on the command line: lint, explain, rules, export, import, diff. main() never throws and never calls
 * process.exit: it returns the exit status, so tests run it in-process and bin/archsight.mjs sets exitCode.
 */
import { EXIT_FAILURE, EXIT_OK, UsageError } from './errors'
import { runDiff } from './diff'
import { runExplain } from './explain'
import { runExport } from './export'
import { runImport } from './import'
import { createProcessIo, type CliIo } from './io'
import { runLint } from './lint'
import { runRules } from './rules'
import { COMMAND_USAGE, OVERVIEW } from './usage'
import { readPackageVersion } from './version'

export type { CliIo } from './io'

const COMMANDS: Readonly<Record<string, (argv: string[], io: CliIo) => number | Promise<number>>> = {
  lint: runLint,
  explain: runExplain,
  rules: runRules,
  export: runExport,
  import: runImport,
  diff: runDiff,
}

function isHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h')
}

export async function main(argv: string[], io: CliIo = createProcessIo()): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined) {
    io.stderr(OVERVIEW)
    return EXIT_FAILURE
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined
    io.stdout(topic && COMMAND_USAGE[topic] ? COMMAND_USAGE[topic] : OVERVIEW)
    return EXIT_OK
  }
  if (command === '--version' || command === '-v') {
    io.stdout(`${readPackageVersion()}\n`)
    return EXIT_OK
  }
  const run = COMMANDS[command]
  if (!run) {
    io.stderr(`archsight: unknown command ${JSON.stringify(command)}\n\n${OVERVIEW}`)
    return EXIT_FAILURE
  }
  if (isHelp(rest)) {
    io.stdout(COMMAND_USAGE[command])
    return EXIT_OK
  }
  try {
    return await run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      const usedCommand = error.command ?? command
      io.stderr(`archsight ${usedCommand}: ${error.message}\n\n${COMMAND_USAGE[usedCommand] ?? OVERVIEW}`)
      return EXIT_FAILURE
    }
    // A bug, not the user's fault: say so plainly, with the stack for the report.
    io.stderr(`archsight: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return EXIT_FAILURE
  }
}
