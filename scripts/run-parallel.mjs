#!/usr/bin/env node
// Runs the npm scripts named on the command line side by side, as many at once as the machine has cores, and
// fails if any of them fails. `npm test` uses it for the static checks (the four TypeScript projects and ESLint):
// each of those is a single-threaded process, so on the 2-core CI machine running them in turn left a core idle
// for about a minute and a half. Each script's output is held back and printed whole when it ends, so the logs
// of two checks never interleave.
import { spawn } from 'node:child_process'
import { availableParallelism } from 'node:os'

const scripts = process.argv.slice(2)
if (scripts.length === 0) {
  console.error('usage: node scripts/run-parallel.mjs <npm script> [<npm script> ...]')
  process.exit(2)
}

const slots = Math.max(1, availableParallelism())
const failed = []
let next = 0

function run(script) {
  return new Promise((resolve) => {
    const started = performance.now()
    // npm is npm.cmd on Windows, which only a shell finds.
    const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' })
    const output = []
    child.on('error', (error) => output.push(Buffer.from(`could not start npm: ${error.message}\n`)))
    child.stdout.on('data', (chunk) => output.push(chunk))
    child.stderr.on('data', (chunk) => output.push(chunk))
    child.on('close', (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      const ok = code === 0
      if (!ok) failed.push(script)
      process.stdout.write(`\n> ${script}: ${ok ? 'passed' : `FAILED (${signal ?? `exit ${code}`})`} in ${seconds} s\n`)
      process.stdout.write(Buffer.concat(output))
      resolve()
    })
  })
}

async function worker() {
  while (next < scripts.length) await run(scripts[next++])
}

await Promise.all(Array.from({ length: Math.min(slots, scripts.length) }, worker))
if (failed.length > 0) {
  console.error(`\n${failed.length} of ${scripts.length} failed: ${failed.join(', ')}`)
  process.exit(1)
}
console.log(`\nall ${scripts.length} passed: ${scripts.join(', ')}`)
