// The CLI's entry as a program: scripts/build-cli.mjs bundles from here. main() never exits the process
// itself; the exit status is set so pending output is flushed first.
import { main } from './index'

process.exitCode = await main(process.argv.slice(2))
