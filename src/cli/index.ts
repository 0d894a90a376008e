/**
 * `archsight` on the command line: lint, explain, failures, rules, export, import, diff. main() never throws and
 * never calls process.exit: it returns the exit status, so tests run it in-process and src/cli/bin.ts sets
 * exitCode.
 */
import { EXIT_FAILURE, EXIT_INTERNAL, EXIT_OK, UsageError } from './errors'
import { toTerminalText, type CliIo } from './io'
import { createProcessIo } from './processIo'
import { COMMAND_USAGE, OVERVIEW } from './usage'
import { readPackageVersion } from './version'

export type { CliIo } from './io'

type Command = (argv: string[], io: CliIo) => number | Promise<number>

// Each command is loaded when it runs: the bundle splits them into chunks (scripts/build-cli.mjs), so `lint`
// never parses the SVG/PNG export, the draw.io importer and its XML parser, which are most of the code.
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  lint: async () => (await import('./lint')).runLint,
  explain: async () => (await import('./explain')).runExplain,
  failures: async () => (await import('./failures')).runFailures,
  rules: async () => (await import('./rules')).runRules,
  export: async () => (await import('./export')).runExport,
  import: async () => (await import('./import')).runImport,
  diff: async () => (await import('./diff')).runDiff,
}

function isHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h')
}

export async function main(argv: string[], io: CliIo = createProcessIo()): Promise<number> {
  // --debug anywhere: an internal error prints its stack. Taken out before the commands read their options.
  const isDebug = argv.includes('--debug')
  const [command, ...rest] = argv.filter((arg) => arg !== '--debug')
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
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (!load) {
    io.stderr(`archsight: unknown command ${toTerminalText(JSON.stringify(command))}\n\n${OVERVIEW}`)
    return EXIT_FAILURE
  }
  if (isHelp(rest)) {
    io.stdout(COMMAND_USAGE[command])
    return EXIT_OK
  }
  try {
    const run = await load()
    return await run(rest, io)
  } catch (error) {
    if (error instanceof UsageError) {
      const usedCommand = error.command ?? command
      io.stderr(`archsight ${usedCommand}: ${toTerminalText(error.message)}\n\n${COMMAND_USAGE[usedCommand] ?? OVERVIEW}`)
      return EXIT_FAILURE
    }
    // A bug, not the user's fault: its own exit status, so CI does not report it as a broken design.
    const detail = error instanceof Error ? error.message : String(error)
    const stack = error instanceof Error && error.stack ? error.stack : detail
    io.stderr(
      `archsight: internal error, please report: ${toTerminalText(detail)}\n` +
        (isDebug ? `${stack}\n` : 'Run again with --debug to print the stack for the report.\n'),
    )
    return EXIT_INTERNAL
  }
}
