/**
 * `npm run bench`: analyze() on generated designs of realistic shape at 100, 1,000 and 10,000 nodes, alone and
 * with parsing, against the goals of analysis.md ("Speed"): median <= 2 ms, 20 ms and 300 ms for analyze.
 * Figures are wall-clock on this machine, one core, after a warm-up.
 */
import { analyze } from '../src/core/analysis/index'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { parseDesign, serializeDesign } from '../src/core/design/index'

const SIZES = [
  { nodes: 100, runs: 300, goalMs: 2 },
  { nodes: 1_000, runs: 60, goalMs: 20 },
  { nodes: 10_000, runs: 15, goalMs: 300 },
]

function measure(runs: number, task: () => void): { median: number; p95: number } {
  for (let i = 0; i < Math.min(5, runs); i++) task()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    task()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const at = (q: number): number => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]
  return { median: at(0.5), p95: at(0.95) }
}

const format = (ms: number): string => ms.toFixed(2).padStart(9)

console.log('nodes   edges    analyze median      p95   parse+analyze median      p95   goal (analyze median)')
for (const { nodes, runs, goalMs } of SIZES) {
  const design = generateDesign(nodes)
  const text = serializeDesign(design)
  const alone = measure(runs, () => analyze(design))
  const withParse = measure(runs, () => {
    const parsed = parseDesign(text)
    if (!parsed.ok) throw new Error(`generated design does not parse: ${parsed.error.path}: ${parsed.error.message}`)
    analyze(parsed.design)
  })
  const verdict = alone.median <= goalMs ? `<= ${goalMs} ms: met` : `<= ${goalMs} ms: MISSED`
  const size = `${String(design.nodes.length).padStart(5)} ${String(design.edges.length).padStart(7)}`
  const analyzeFigures = `${format(alone.median)} ms ${format(alone.p95)} ms`
  const parseFigures = `${format(withParse.median)} ms ${format(withParse.p95)} ms`
  console.log(`${size}  ${analyzeFigures}        ${parseFigures}   ${verdict}`)
}
