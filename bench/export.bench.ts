/**
 * `npx tsx bench/export.bench.ts` (after `npm run build:web`): auto-layout and PNG export in Chromium, driven
 * through the real UI on generated designs.
 * - layout: 50, 200 and 500 nodes, each opened piled on one spot and laid out with the top-bar button. Figures
 *   are the app's own User Timing measures: `archsight:layout-worker` (post to the Web Worker, ELK, answer) and
 *   `archsight:auto-layout` (the whole command: graph, worker, positions, store update). The app starts the
 *   worker and warms ELK up when it is idle (`archsight:layout-warm-up`); the first click waits for that.
 * - export: a 500-node design as a 2x PNG: `archsight:export-svg` (core's SVG string, built when the dialog shows
 *   its preview), `-rasterize` (<img> from the preview's Blob URL, canvas, toBlob) split into `-load`, `-draw`
 *   and `-encode` (Chromium may defer the draw's rasterising into the encode: read their sum), `-chunk` (the
 *   design embedded), and click-to-download wall time.
 * BENCH_ONLY=layout or BENCH_ONLY=export runs one half. The closing lines repeat issue 13's two figures (500 nodes
 * laid out; a 500-node PNG at 2x, click to file) with the load average they were taken under.
 * A benchmark, not a test: it prints figures and asserts nothing. It serves dist-web with `vite preview` on port
 * 4176 (EXPORT_PORT), or uses BENCH_URL when that is set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { serializeDesign } from '../src/core/design/index'
import type { Design } from '../src/core/design/index'
import { generateLayeredDesign } from './layoutDesigns'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium'
import { startPreview } from './preview'

/** EXPORT_PORT lets two checkouts bench at once. */
const PORT = Number(process.env.EXPORT_PORT ?? 4176)
const LAYOUT_SIZES = [
  { nodes: 50, runs: 5 },
  { nodes: 200, runs: 3 },
  { nodes: 500, runs: 3 },
]
const EXPORT_RUNS = 3

function writeDesign(design: Design, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'archsight-bench-')), `${name}.archsight`)
  writeFileSync(path, serializeDesign(design))
  return path
}

/** Every node piled near the origin, as in the layout journey, so the layout has real work to do. */
function writePiled(design: Design): string {
  const nodes = design.nodes.map((n, i) => ({ ...n, position: { x: (i * 7) % 53, y: (i * 11) % 37 } }))
  return writeDesign({ ...design, nodes }, `piled-${design.nodes.length}`)
}

/** Without zones, on a 25-column grid: a 500-node picture of about 7,000 x 2,800 px, independent of ELK. */
function writeGrid(design: Design): string {
  const nodes = design.nodes
    .filter((n) => n.kind !== 'zone')
    .map(({ parent: _parent, ...n }, i) => ({ ...n, position: { x: (i % 25) * 280, y: Math.floor(i / 25) * 140 } }))
  return writeDesign({ ...design, nodes }, `grid-${nodes.length}`)
}

/** A fresh context per design: no recovery draft from the previous one, so the file opens without a question. */
async function open(browser: Browser, url: string, path: string, count: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(url)
  await page.getByTestId('open-file-input').setInputFiles(path)
  // A function, not a string: the app's CSP forbids eval. Node's types have no DOM, hence the narrow cast.
  const hasNodes = (n: number) => {
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document
    return doc.querySelectorAll('.react-flow__node').length >= n
  }
  await page.waitForFunction(hasNodes, Math.min(count, 300))
  return page
}

async function lastMeasure(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => {
    const entries = performance.getEntriesByName(n, 'measure')
    return entries.length ? entries[entries.length - 1].duration : Number.NaN
  }, name)
}

async function countMeasures(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => performance.getEntriesByName(n, 'measure').length, name)
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ms = (value: number): string => `${value.toFixed(0)} ms`.padStart(9)

async function runLayout(page: Page): Promise<{ worker: number; whole: number }> {
  const before = await countMeasures(page, 'archsight:auto-layout')
  await page.getByTestId('auto-layout').click()
  const isDone = (n: number) => performance.getEntriesByName('archsight:auto-layout', 'measure').length > n
  await page.waitForFunction(isDone, before, { timeout: 60_000 })
  const worker = await lastMeasure(page, 'archsight:layout-worker')
  return { worker, whole: await lastMeasure(page, 'archsight:auto-layout') }
}

async function benchLayout(browser: Browser, url: string): Promise<void> {
  console.log('auto-layout through the top-bar button, after the app has started the worker and warmed ELK up')
  console.log('nodes  edges |   warm-up |  first: worker  command | warm median: worker  command   load (1 min)')
  for (const { nodes, runs } of LAYOUT_SIZES) {
    const design = generateLayeredDesign(nodes)
    const page = await open(browser, url, writePiled(design), design.nodes.length)
    // The app starts the worker and warms ELK up once it is idle; a user opening a file and clicking meets
    // that worker warm or still warming. The first click waits for the warm-up to have finished.
    const isWarm = () => performance.getEntriesByName('archsight:layout-warm-up', 'measure').length > 0
    await page.waitForFunction(isWarm, undefined, { timeout: 60_000 })
    const warmUp = await lastMeasure(page, 'archsight:layout-warm-up')
    const first = await runLayout(page)
    const warm: { worker: number; whole: number }[] = []
    // Laying out a laid-out design is the same work for ELK: the positions are not an input.
    for (let run = 0; run < runs; run++) warm.push(await runLayout(page))
    const toast = page.getByTestId('toast')
    const notice = (await toast.isVisible()) ? (await toast.innerText()).replace(/\s+/g, ' ') : ''
    const size = `${String(nodes).padStart(5)}  ${String(design.edges.length).padStart(5)}`
    const warmWorker = median(warm.map((w) => w.worker))
    const warmWhole = median(warm.map((w) => w.whole))
    console.log(`${size} | ${ms(warmUp)} | ${ms(first.worker)} ${ms(first.whole)} | ${ms(warmWorker)}      ${ms(warmWhole)}   ${loadAverage()}`)
    if (notice) console.log(`       notice: ${notice}`)
    if (nodes === 500) summary.push(`auto-layout, 500 nodes, in the app (worker, command): median ${ms(warmWhole).trim()} (worker ${ms(warmWorker).trim()}), load ${loadAverage()}`)
    await page.context().close()
  }
}

async function benchExport(browser: Browser, url: string): Promise<void> {
  const generated = generateLayeredDesign(520)
  const path = writeGrid(generated)
  const design = { nodes: generated.nodes.filter((n) => n.kind !== 'zone'), edges: generated.edges }
  const page = await open(browser, url, path, design.nodes.length)
  type Row = Record<'svg' | 'raster' | 'load' | 'draw' | 'encode' | 'chunk' | 'wall', number> & { size: string; bytes: number }
  const rows: Row[] = []
  for (let run = 0; run < EXPORT_RUNS; run++) {
    await page.getByTestId('export-menu').click()
    await page.getByTestId('export-png').click()
    await page.getByTestId('export-scale-2').check()
    const caption = (await page.getByTestId('export-preview').locator('figcaption').textContent()) ?? ''
    const download = page.waitForEvent('download', { timeout: 120_000 })
    const start = Date.now()
    await page.getByTestId('export-confirm').click()
    const file = await download
    const wall = Date.now() - start
    const stream = await file.createReadStream()
    let bytes = 0
    for await (const chunk of stream) bytes += (chunk as Buffer).length
    rows.push({
      svg: await lastMeasure(page, 'archsight:export-svg'),
      raster: await lastMeasure(page, 'archsight:export-rasterize'),
      load: await lastMeasure(page, 'archsight:export-load'),
      draw: await lastMeasure(page, 'archsight:export-draw'),
      encode: await lastMeasure(page, 'archsight:export-encode'),
      chunk: await lastMeasure(page, 'archsight:export-chunk'),
      wall,
      size: caption.split(' · ')[0],
      bytes,
    })
  }
  const pick = (key: Exclude<keyof Row, 'size' | 'bytes'>) => median(rows.map((r) => r[key]))
  const megabytes = (rows[0].bytes / 1048576).toFixed(1)
  const counts = `${design.nodes.length} nodes / ${design.edges.length} edges`
  console.log(`\nPNG export, ${counts} at 2x (${rows[0].size}, ${megabytes} MB), median of ${EXPORT_RUNS}`)
  console.log(`  SVG string ${ms(pick('svg'))}   rasterise ${ms(pick('raster'))}   design chunk ${ms(pick('chunk'))}`)
  console.log(`  rasterise = load ${ms(pick('load'))} + draw ${ms(pick('draw'))} + encode ${ms(pick('encode'))}`)
  console.log(`  click to download ${ms(pick('wall'))}`)
  summary.push(`PNG export, ${design.nodes.length} nodes at 2x, click to file: median ${ms(pick('wall')).trim()}, load ${loadAverage()}`)
}

/** Every figure here scales with the machine's load: it is printed beside each. */
const loadAverage = (): string => loadavg()[0].toFixed(1)
const summary: string[] = []

async function main(): Promise<void> {
  const { url, stop } = await startPreview('vite.web.config.ts', PORT)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const only = process.env.BENCH_ONLY
    if (only !== 'export') await benchLayout(browser, url)
    if (only !== 'layout') await benchExport(browser, url)
    console.log(`\nIssue 13's figures:\n  ${summary.join('\n  ')}`)
  } finally {
    await browser.close()
    stop()
  }
}

await main()
