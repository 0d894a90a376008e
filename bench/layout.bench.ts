/**
 * `npx tsx bench/layout.bench.ts`: auto-layout (buildElkGraph + elk.bundled.js + applyElkLayout) on generated
 * designs of 50, 200 and 500 nodes, on the calling thread as in the tests (the app runs ELK in a worker).
 * Prints the median and slowest of a few runs after a warm-up; wall-clock on this machine.
 */
import ELK from 'elkjs/lib/elk.bundled.js'
import { layoutDesign } from '../src/core/layout/index'
import type { EdgeRouting } from '../src/core/layout/index'
import { generateLayeredDesign } from './layoutDesigns'

const SIZES = [
  { nodes: 50, runs: 15 },
  { nodes: 200, runs: 7 },
  { nodes: 500, runs: 3 },
]

async function measure(runs: number, task: () => Promise<unknown>): Promise<{ median: number; max: number }> {
  await task()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await task()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(times.length / 2)], max: times[times.length - 1] }
}

const elk = new ELK()
const format = (ms: number): string => ms.toFixed(0).padStart(8)
console.log('nodes  edges  routing       median ms   slowest ms')
for (const { nodes, runs } of SIZES) {
  const design = generateLayeredDesign(nodes)
  for (const edgeRouting of ['ORTHOGONAL', 'SPLINES'] as EdgeRouting[]) {
    const { median, max } = await measure(runs, () => layoutDesign(design, elk, { direction: 'RIGHT', edgeRouting }))
    console.log(`${String(nodes).padStart(5)}  ${String(design.edges.length).padStart(5)}  ${edgeRouting.padEnd(10)} ${format(median)}    ${format(max)}`)
  }
}
