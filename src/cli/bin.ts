// The CLI's entry as a program: scripts/build-cli.mjs bundles from here into one CommonJS file that
// launch.ts compiles through V8's code cache. main() never throws and never exits the process itself: the exit
// status is set, so pending output is flushed first.
import { main } from './index'

void main(process.argv.slice(2)).then((status) => {
  process.exitCode = status
})
