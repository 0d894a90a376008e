// The CLI's entry as a program: scripts/build-cli.mjs bundles from here. main() never exits the process
// itself; the exit status is set so pending output is flushed first.
import module from 'node:module'

// Node 22.1+ can keep the compiled bundle on disk between runs (most of a short command's time is start-up);
// Node 20 has no such call, and a cache that cannot be written is skipped by node itself. The rest of the CLI
// is imported after this line so that it is compiled through the cache.
;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
const { main } = await import('./index')
process.exitCode = await main(process.argv.slice(2))
