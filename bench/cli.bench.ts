/**
 * `npm run bench:cli`: `archsight lint` on a 20-node design as a whole process (node start, module load, read,
 * analyse, print), the bundled CLI against the TypeScript source through tsx, alternating in one run, with
 * `node -e ""` as the floor. Prints wall-clock and CPU medians and writes bench/results/cli.json. On a shared
 * machine the CPU time (user + system of the child) is the steadier figure.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RUNS = 15
const dir = mkdtempSync(join(tmpdir(), 'archsight-bench-cli-'))
const design = generateDesign(20, 7)
const file = join(dir, 'twenty.archsight')
writeFileSync(file, serializeDesign(design))

const variants = {
  bundle: [join(ROOT, 'bin/archsight.mjs'), 'lint', file],
  source: [join(ROOT, 'bench/cliFromSource.mjs'), 'lint', file],
  node: ['-e', ''],
} as const

/** A warm-up run that also checks the command works (lint exits 0 or 1 on findings). */
function runOnce(args: readonly string[]): void {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' })
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`)
}

/** Wall time and the child's CPU time (bash's `time`: spawnSync does not report a child's CPU). */
function runTimed(args: readonly string[]): { wall: number; cpu: number } {
  const script = `s=$(date +%s%N); TIMEFORMAT='%U %S'; { time "$0" "$@" >/dev/null 2>&1; } 2>&1; e=$(date +%s%N); echo $(( (e - s) / 1000 ))`
  const result = spawnSync('bash', ['-c', script, process.execPath, ...args], { encoding: 'utf8' })
  const [times, micros] = result.stdout.trim().split('\n')
  const [user, system] = times.split(' ').map(Number)
  return { wall: Number(micros) / 1000, cpu: (user + system) * 1000 }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const samples: Record<keyof typeof variants, { wall: number[]; cpu: number[] }> = {
  bundle: { wall: [], cpu: [] },
  source: { wall: [], cpu: [] },
  node: { wall: [], cpu: [] },
}
runOnce(variants.bundle)
runOnce(variants.source)
for (let i = 0; i < RUNS; i++) {
  for (const name of Object.keys(variants) as (keyof typeof variants)[]) {
    const { wall, cpu } = runTimed(variants[name])
    samples[name].wall.push(wall)
    samples[name].cpu.push(cpu)
  }
}
const results = Object.fromEntries(
  Object.entries(samples).map(([name, s]) => [name, { wallMedian: Math.round(median(s.wall)), cpuMedian: Math.round(median(s.cpu)) }]),
)
console.log(`archsight lint, ${design.nodes.length}-node design, whole process, ${RUNS} alternating runs (medians):`)
console.log('variant   wall ms   cpu ms')
for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(8)} ${String(r.wallMedian).padStart(7)} ${String(r.cpuMedian).padStart(8)}`)
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(join(ROOT, 'bench/results/cli.json'), `${JSON.stringify({ date: new Date().toISOString(), nodes: design.nodes.length, runs: RUNS, ...results }, null, 2)}\n`)
