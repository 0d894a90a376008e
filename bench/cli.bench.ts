/**
 * `npm run bench:cli`: `archsight lint` on a 20-node design as a whole process (node start, module load, read,
 * analyse, print; its output to /dev/null), the command as installed (bin/archsight.cjs) against the TypeScript
 * source through tsx, alternating in one run, with `node -e ""` as the floor: the CLI's own share is its median
 * minus node's, which stays comparable when other work slows both down. Then `lint --format sarif` against `--format json` on a 10,000-node design (the
 * goal: SARIF within 2x of JSON). Prints wall-clock and CPU medians and writes bench/results/cli.json. On a
 * shared machine the CPU time (user + system of the child) is the steadier figure.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RUNS = 25
const LARGE_RUNS = 5
const dir = mkdtempSync(join(tmpdir(), 'archsight-bench-cli-'))
const design = generateDesign(20, 7)
const file = join(dir, 'twenty.archsight')
writeFileSync(file, serializeDesign(design))
const large = generateDesign(10_000, 7)
const largeFile = join(dir, 'ten-thousand.archsight')
writeFileSync(largeFile, serializeDesign(large))

const variants = {
  bundle: [join(ROOT, 'bin/archsight.cjs'), 'lint', file],
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
const loadBefore = loadavg()[0]
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
const load = { before: Number(loadBefore.toFixed(2)), after: Number(loadavg()[0].toFixed(2)) }
const overNode = { wall: results.bundle.wallMedian - results.node.wallMedian, cpu: results.bundle.cpuMedian - results.node.cpuMedian }
console.log(`archsight lint, ${design.nodes.length}-node design, whole process, ${RUNS} alternating runs (medians; load ${load.before} -> ${load.after}):`)
console.log('variant   wall ms   cpu ms')
for (const [name, r] of Object.entries(results)) console.log(`${name.padEnd(8)} ${String(r.wallMedian).padStart(7)} ${String(r.cpuMedian).padStart(8)}`)
console.log(`bundle over node: ${overNode.wall} ms wall, ${overNode.cpu} ms cpu (goal: the whole process <= 150 ms)`)

const formats = {
  json: [join(ROOT, 'bin/archsight.cjs'), 'lint', '--format', 'json', largeFile],
  sarif: [join(ROOT, 'bin/archsight.cjs'), 'lint', '--format', 'sarif', largeFile],
} as const
const formatSamples = { json: { wall: [] as number[], cpu: [] as number[] }, sarif: { wall: [] as number[], cpu: [] as number[] } }
for (let i = 0; i < LARGE_RUNS; i++) {
  for (const name of ['json', 'sarif'] as const) {
    const { wall, cpu } = runTimed(formats[name])
    formatSamples[name].wall.push(wall)
    formatSamples[name].cpu.push(cpu)
  }
}
const large10k = {
  nodes: large.nodes.length,
  runs: LARGE_RUNS,
  json: { wallMedian: Math.round(median(formatSamples.json.wall)), cpuMedian: Math.round(median(formatSamples.json.cpu)) },
  sarif: { wallMedian: Math.round(median(formatSamples.sarif.wall)), cpuMedian: Math.round(median(formatSamples.sarif.cpu)) },
  ratioWall: 0,
  ratioCpu: 0,
}
large10k.ratioWall = Number((large10k.sarif.wallMedian / large10k.json.wallMedian).toFixed(2))
large10k.ratioCpu = Number((large10k.sarif.cpuMedian / large10k.json.cpuMedian).toFixed(2))
console.log(`\narchsight lint, ${large10k.nodes}-node design, ${LARGE_RUNS} alternating runs (medians; goal: sarif <= 2x json):`)
console.log('format    wall ms   cpu ms')
for (const name of ['json', 'sarif'] as const) {
  console.log(`${name.padEnd(8)} ${String(large10k[name].wallMedian).padStart(7)} ${String(large10k[name].cpuMedian).padStart(8)}`)
}
console.log(`sarif / json: ${large10k.ratioWall} wall, ${large10k.ratioCpu} cpu`)
mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
writeFileSync(
  join(ROOT, 'bench/results/cli.json'),
  `${JSON.stringify({ date: new Date().toISOString(), nodes: design.nodes.length, runs: RUNS, load, ...results, overNode, large: large10k }, null, 2)}\n`,
)
