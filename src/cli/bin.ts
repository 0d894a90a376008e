// The CLI's entry as a program: scripts/build-cli.mjs bundles from here into one CommonJS file that
// launch.ts compiles through V8's code cache. main() never throws and never exits the process itself.
import { main } from './index'
import { createProcessIo } from './processIo'

const io = createProcessIo()
void main(process.argv.slice(2), io).then((status) => {
  process.exitCode = status
  // When every byte went out with writeSync, nothing is left to flush and the command's work is done: exiting
  // now skips what V8 queued for idle time (a garbage collection of what the command allocated, a few ms).
  // Output that went through node's stream (a terminal) may still be in flight: then the process ends by itself.
  if (io.isAllWritten()) process.exit()
})
