/**
 * `npm run bench:compare`: Archsight's canvas against bare React Flow (default nodes and edges, nothing else:
 * bench/compare/bare.tsx) on the same generated graph (300, 1,000 and 5,000 nodes), in one Chromium, driven by
 * the same scripted drag of the card nearest the centre and the same pan of the empty pane, the two pages taking
 * turns. Prints p50/p95 frame time and the longest main-thread task of each, and ours/bare of the p95 frame,
 * and writes them to bench/results/compare.json. A benchmark, not a test: it asserts nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design/index'
import { toBareGraph } from './compare/bareGraph'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium'
import { startPreview } from './preview'

const SIZES = (process.env.COMPARE_SIZES ?? '300,1000,5000').split(",").map(Number)
const ROUNDS = 2
const GESTURE_MS = 2_000
const VIEWPORT = { width: 1440, height: 900 }
/** Ours on this port, bare React Flow on the next: COMPARE_PORT lets two checkouts bench at once. */
const PORT = Number(process.env.COMPARE_PORT ?? 4177)

interface Figures {
  p50: number
  p95: number
  longestTask: number
}

interface Sample {
  frames: number[]
  longestTask: number
}

/** A function, not a string: the app's CSP forbids eval. Node's types have no DOM, hence the narrow cast. */
function hasNodes([selector, n]: [string, number]): boolean {
  const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document
  return doc.querySelectorAll(selector).length >= n
}

async function openOurs(browser: Browser, url: string, path: string, count: number): Promise<Page> {
  const page = await newPage(browser)
  await page.goto(url)
  await page.getByTestId('open-file-input').setInputFiles(path)
  await page.waitForFunction(hasNodes, ['[data-testid="node"]', Math.min(count, 50)] as [string, number])
  return page
}

async function openBare(browser: Browser, url: string, graph: { nodes: unknown[]; edges: unknown[] }): Promise<Page> {
  const page = await newPage(browser)
  await page.addInitScript((g) => {
    ;(globalThis as unknown as { __compareGraph: unknown }).__compareGraph = g
  }, graph)
  await page.goto(url)
  await page.waitForFunction(hasNodes, ['.react-flow__node', 50] as [string, number])
  return page
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT })
  const page = await context.newPage()
  await page.addInitScript({ path: join(import.meta.dirname, 'frameRecorder.browser.js') })
  await page.addInitScript({ path: join(import.meta.dirname, 'compareProbe.browser.js') })
  return page
}

/**
 * Mouse down at a point, then 2 s of the same looping path, then up: a card drag with the left button, a pan
 * with the middle one (the canvas's pan button; the left button on the pane draws a selection box there).
 */
async function gesture(page: Page, point: { x: number; y: number }, button: 'left' | 'middle'): Promise<void> {
  await page.mouse.move(point.x, point.y)
  await page.mouse.down({ button })
  const started = Date.now()
  for (let step = 1; Date.now() - started < GESTURE_MS; step++) {
    await page.mouse.move(point.x + Math.sin(step / 10) * 160, point.y + Math.cos(step / 13) * 90)
  }
  await page.mouse.up({ button })
}

async function measure(page: Page): Promise<Sample> {
  await page.waitForTimeout(1_000) // let the first paint and any analysis settle
  const node = (await page.evaluate('window.__compareProbe.pickNodePoint()')) as { x: number; y: number } | null
  const pane = (await page.evaluate('window.__compareProbe.pickPanePoint()')) as { x: number; y: number } | null
  if (!node || !pane) throw new Error('no card or no empty pane to drag')
  await page.evaluate('window.__compareProbe.start()')
  await gesture(page, node, 'left')
  await gesture(page, pane, 'middle')
  await page.waitForTimeout(200)
  const sample = (await page.evaluate('window.__compareProbe.stop()')) as Sample
  await page.context().close()
  return sample
}

function summarise(samples: Sample[]): Figures {
  const frames = samples.flatMap((s) => s.frames).sort((a, b) => a - b)
  const at = (q: number): number => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))]
  return { p50: round(at(0.5)), p95: round(at(0.95)), longestTask: round(Math.max(...samples.map((s) => s.longestTask))) }
}

const round = (v: number): number => Math.round(v * 10) / 10

async function main(): Promise<void> {
  const ours = await startPreview('vite.web.config.ts', PORT)
  const bare = await startPreview('bench/compare/vite.config.ts', PORT + 1, process.env.BENCH_BARE_URL)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const results: Array<{ nodes: number; edges: number; ours: Figures; bare: Figures; ratio: number }> = []
  try {
    for (const size of SIZES) {
      const design = generateDesign(size)
      const path = join(mkdtempSync(join(tmpdir(), 'archsight-compare-')), `generated-${size}.archsight`)
      writeFileSync(path, serializeDesign(design))
      const graph = toBareGraph(design)
      const oursSamples: Sample[] = []
      const bareSamples: Sample[] = []
      for (let round = 0; round < ROUNDS; round++) {
        oursSamples.push(await measure(await openOurs(browser, ours.url, path, design.nodes.length)))
        bareSamples.push(await measure(await openBare(browser, bare.url, graph)))
      }
      const row = { nodes: design.nodes.length, edges: design.edges.length, ours: summarise(oursSamples), bare: summarise(bareSamples), ratio: 0 }
      row.ratio = Math.round((row.ours.p95 / row.bare.p95) * 100) / 100
      results.push(row)
      console.log(
        `${row.nodes} nodes: ours p50 ${row.ours.p50} ms, p95 ${row.ours.p95} ms, longest task ${row.ours.longestTask} ms | ` +
          `bare p50 ${row.bare.p50} ms, p95 ${row.bare.p95} ms, longest task ${row.bare.longestTask} ms | p95 ratio ${row.ratio}`,
      )
    }
  } finally {
    await browser.close()
    ours.stop()
    bare.stop()
  }
  mkdirSync(join(import.meta.dirname, 'results'), { recursive: true })
  const out = join(import.meta.dirname, 'results', 'compare.json')
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), sizes: results }, null, 2)}\n`)
  console.log(`written to ${out}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
