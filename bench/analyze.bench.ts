/**
 * `npm run bench`: analyze() on generated designs of realistic shape at 100, 1,000 and 10,000 nodes, alone and
 * with parsing, against the goals of analysis.md ("Speed"): median <= 2 ms, 20 ms and 300 ms for analyze on
 * one core. Then the single-failure table (`archsight failures`, issue 12) from the design: goal < 100 ms at
 * 1,000 nodes; and a what-if toggle's computation (goal with its repaint < 100 ms at 1,000 nodes). Wall-clock figures follow the machine's load; CPU time (this process, per run) is the fairer
 * "one core" figure on a shared machine. Both are medians and 95th percentiles after a warm-up.
 */
import { cpuUsage } from 'node:process'
import { analyze, computeFailureTable, createView, evaluateScenario } from '../src/core/analysis/index'
import { collectStateMarks } from '../src/core/picture/index'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { parseDesign, serializeDesign } from '../src/core/design/index'

const SIZES = [
  { nodes: 100, runs: 300, goalMs: 2 },
  { nodes: 1_000, runs: 60, goalMs: 20 },
  { nodes: 10_000, runs: 15, goalMs: 300 },
]

interface Figures {
  wallMedian: number
  wallP95: number
  cpuMedian: number
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

function measure(runs: number, task: () => void): Figures {
  for (let i = 0; i < Math.min(5, runs); i++) task()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const startCpu = cpuUsage()
    const start = performance.now()
    task()
    wall.push(performance.now() - start)
    const used = cpuUsage(startCpu)
    cpu.push((used.user + used.system) / 1000)
  }
  wall.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  return { wallMedian: quantile(wall, 0.5), wallP95: quantile(wall, 0.95), cpuMedian: quantile(cpu, 0.5) }
}

const ms = (value: number): string => `${value.toFixed(2)} ms`.padStart(11)

console.log(
  'nodes  edges |  analyze: median        p95   cpu median | parse+analyze: median        p95   cpu median | goal',
)
for (const { nodes, runs, goalMs } of SIZES) {
  const design = generateDesign(nodes)
  const text = serializeDesign(design)
  const alone = measure(runs, () => analyze(design))
  const withParse = measure(runs, () => {
    const parsed = parseDesign(text)
    if (!parsed.ok) throw new Error(`generated design does not parse: ${parsed.error.path}: ${parsed.error.message}`)
    analyze(parsed.design)
  })
  const isMet = Math.min(alone.wallMedian, alone.cpuMedian) <= goalMs
  const size = `${String(design.nodes.length).padStart(5)} ${String(design.edges.length).padStart(6)}`
  const first = `${ms(alone.wallMedian)} ${ms(alone.wallP95)} ${ms(alone.cpuMedian)}`
  const second = `${ms(withParse.wallMedian)} ${ms(withParse.wallP95)} ${ms(withParse.cpuMedian)}`
  console.log(`${size} |        ${first} |              ${second} | <= ${goalMs} ms ${isMet ? 'met' : 'MISSED'}`)
}

console.log('\nnodes  edges   rows | failure table: median        p95   cpu median | goal')
for (const { nodes, runs } of SIZES) {
  const design = generateDesign(nodes)
  let rows = 0
  const table = measure(runs, () => {
    rows = computeFailureTable(createView(design)).length
  })
  const goal = nodes === 1_000 ? (Math.min(table.wallMedian, table.cpuMedian) < 100 ? '< 100 ms met' : '< 100 ms MISSED') : ''
  const size = `${String(design.nodes.length).padStart(5)} ${String(design.edges.length).padStart(6)} ${String(rows).padStart(6)}`
  console.log(`${size} |                ${ms(table.wallMedian)} ${ms(table.wallP95)} ${ms(table.cpuMedian)} | ${goal}`)
}

// What-if (issue 12): what the app does on a toggle, before React paints. Entering the mode builds the design's
// view once (createView) and evaluates the empty scenario; failing a part evaluates the scenario on that view and
// derives the cards' state marks (core/picture). The browser repaint is in bench/canvas.bench.ts (`what-if`).
console.log('\nnodes  edges | what-if enter (view + scenario + marks): median  p95 | fail one (scenario + marks): median  p95 | goal')
for (const { nodes, runs } of SIZES) {
  const design = generateDesign(nodes)
  const target = design.nodes.find((n) => n.kind === 'service') ?? design.nodes[0]
  const enter = measure(runs, () => {
    const view = createView(design)
    collectStateMarks(design, evaluateScenario(view, []))
  })
  const view = createView(design)
  evaluateScenario(view, [])
  const fail = measure(runs, () => {
    collectStateMarks(design, evaluateScenario(view, [{ type: 'node', id: target.id }]))
  })
  const best = Math.max(Math.min(enter.wallMedian, enter.cpuMedian), Math.min(fail.wallMedian, fail.cpuMedian))
  const goal = nodes === 1_000 ? (best < 100 ? '< 100 ms met' : '< 100 ms MISSED') : ''
  const size = `${String(design.nodes.length).padStart(5)} ${String(design.edges.length).padStart(6)}`
  console.log(`${size} |                              ${ms(enter.wallMedian)} ${ms(enter.wallP95)} |                  ${ms(fail.wallMedian)} ${ms(fail.wallP95)} | ${goal}`)
}
