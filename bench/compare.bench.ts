/**
 * `npm run bench:compare`: Archsight's canvas against bare React Flow (default nodes and edges, nothing else:
 * bench/compare/bare.tsx) on the same generated graph (300, 1,000 and 5,000 nodes), in one Chromium, driven by
 * the same scripted drag of the card nearest the centre and the same pan of the empty pane, the two pages taking
 * turns (COMPARE_ROUNDS rounds, 4 unless set). Prints p50/p95 frame time and the longest main-thread task of each, and ours/bare of the p95 frame,
 * for both gestures together and for each, and writes them to bench/results/compare.json with the date and the
 * load average. COMPARE_SIZES picks the sizes, COMPARE_PORT the ports, COMPARE_FRAMES=1 prints every frame gap. A benchmark, not a test: it asserts nothing.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design/index'
import { computeNodeRects } from '../src/core/design/geometry'
import { toBareGraph } from './compare/bareGraph'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium'
import { startPreview } from './preview'
import { scriptedGesture } from './gesture'

const SIZES = (process.env.COMPARE_SIZES ?? '300,1000,5000').split(",").map(Number)
/**
 * Rounds per size, each one page of ours and one of bare, taking turns (bare first in every other round, so
 * neither page always runs on the machine the other just left). Frames come in 16.7 ms steps and the p95 of two
 * rounds (~200 frames) was decided by a handful of frames: one step, 33 -> 50 ms, moved the ratio by half.
 */
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 4)
const GESTURE_MS = 2_000
const AFTERMATH_MS = 1_500
const VIEWPORT = { width: 1440, height: 900 }
/** The canvas's smallest zoom (Canvas.tsx): the bare page fits a large design down to it too, so both show it whole. */
const CANVAS_MIN_ZOOM = 0.1
/** Ours on this port, bare React Flow on the next: COMPARE_PORT lets two checkouts bench at once. */
const PORT = Number(process.env.COMPARE_PORT ?? 4177)

interface Figures {
  p50: number
  p95: number
  /** The median over the rounds of each round's longest task (the goals are medians). */
  longestTask: number
  /** The worst round's longest task. */
  longestTaskWorst: number
}

interface Sample {
  frames: number[]
  longestTask: number
}

/** One page's run: the drag of a card and the pan of the pane, recorded apart. */
interface Run {
  drag: Sample
  pan: Sample
  view: { zoom: number; cardsInView: number; isDrawn?: boolean }
}

/** The in-page probe's calls that take an argument (a function, not a string: the app's CSP forbids eval). */
interface Probe {
  __compareProbe: { pickDrawnNodePoint(cards: CardRect[]): unknown; countDrawnInView(cards: CardRect[]): unknown }
}

/** A function, not a string: the app's CSP forbids eval. Node's types have no DOM, hence the narrow cast. */
function hasNodes([selector, n]: [string, number]): boolean {
  const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document
  return doc.querySelectorAll(selector).length >= n
}

/** Serialised into the page: self-contained. */
function isShown(n: number): boolean {
  const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document
  return doc.querySelectorAll('.react-flow__node').length >= n || doc.querySelectorAll('.canvas-wrap.is-measured [data-testid="far-canvas"]').length > 0
}

/**
 * Neither "Analysing…" (the opened design's first result not yet in) nor "updating…" on the problems list: the
 * analysis has answered and the list shows it.
 */
function isSettled(): boolean {
  const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document
  return !doc.querySelector('[data-testid="analysis-pending"], [data-testid="problems-analysing"]')
}

async function openOurs(browser: Browser, url: string, path: string, count: number): Promise<Page> {
  const page = await newPage(browser)
  await page.goto(url)
  await page.getByTestId('open-file-input').setInputFiles(path)
  // React Flow's node elements, or drawn far out, the far canvas once React Flow has measured every node (then
  // hidden from its renderer: no node element to wait for).
  await page.waitForFunction(isShown, Math.min(count, 50))
  return page
}

async function openBare(browser: Browser, url: string, graph: { nodes: unknown[]; edges: unknown[] }): Promise<Page> {
  const page = await newPage(browser)
  await page.addInitScript((g) => {
    ;(globalThis as unknown as { __compareGraph: unknown }).__compareGraph = g
  }, { ...graph, minZoom: CANVAS_MIN_ZOOM })
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

/** A card drag with the left button, a pan with the middle one, each GESTURE_MS of the benches' path. */
function gesture(page: Page, point: { x: number; y: number }, button: 'left' | 'middle'): Promise<void> {
  return scriptedGesture(page, point, GESTURE_MS, button)
}

/** A card's rectangle in flow coordinates, for a page whose cards are drawn on a canvas (compareProbe). */
type CardRect = { x: number; y: number; width: number; height: number }

async function measure(page: Page, cards: CardRect[] = []): Promise<Run> {
  // Let the first paint and the analysis settle: at 1,000 nodes the first findings arrive 2-3 s after the cards
  // (the "updating…" mark of the problems list), and their list's render used to land in the drag and be
  // counted as the gesture's. The bare page has no analysis, so this waits for nothing there.
  await page.waitForFunction(isSettled, undefined, { timeout: 120_000 })
  await page.waitForTimeout(1_000)
  // Far out a design over 2,000 nodes is drawn on a canvas: its card is found from the design's rectangles.
  type Point = { x: number; y: number }
  const drawn = (await page.evaluate((c) => (globalThis as unknown as Probe).__compareProbe.pickDrawnNodePoint(c), cards)) as Point | null
  const node = drawn ?? ((await page.evaluate('window.__compareProbe.pickNodePoint()')) as Point | null)
  const pane = (await page.evaluate('window.__compareProbe.pickPanePoint()')) as Point | null
  if (!node || !pane) throw new Error('no card or no empty pane to drag')
  const view = (await page.evaluate('window.__compareProbe.viewInfo()')) as Run['view']
  if (drawn) view.cardsInView = (await page.evaluate((c) => (globalThis as unknown as Probe).__compareProbe.countDrawnInView(c), cards)) as number
  view.isDrawn = drawn !== null
  const record = async (point: { x: number; y: number }, button: 'left' | 'middle'): Promise<Sample> => {
    await page.evaluate('window.__compareProbe.start()')
    await gesture(page, point, button)
    await page.waitForTimeout(200)
    const sample = (await page.evaluate('window.__compareProbe.stop()')) as Sample
    // COMPARE_FRAMES=1 prints each gesture's frame gaps in order, to see where a p95 comes from.
    if (process.env.COMPARE_FRAMES === '1') console.log(`  ${page.url()} ${button}: ${sample.frames.map((f) => Math.round(f)).join(' ')}`)
    // What a drop sets off (the analysis of the moved design, its findings, the recovery draft) belongs to the
    // drag's longest task, and must not land in the pan that follows; its idle frames would only dilute the p95.
    await page.evaluate('window.__compareProbe.start()')
    await page.waitForTimeout(AFTERMATH_MS)
    const after = (await page.evaluate('window.__compareProbe.stop()')) as Sample
    return { frames: sample.frames, longestTask: Math.max(sample.longestTask, after.longestTask) }
  }
  const drag = await record(node, 'left')
  const pan = await record(pane, 'middle')
  await page.context().close()
  return { drag, pan, view }
}

function summarise(samples: Sample[]): Figures {
  const frames = samples.flatMap((s) => s.frames).sort((a, b) => a - b)
  const at = (q: number): number => frames[Math.min(frames.length - 1, Math.floor(q * frames.length))]
  const longest = samples.map((s) => s.longestTask).sort((a, b) => a - b)
  const middle = longest.length % 2 ? longest[(longest.length - 1) / 2] : (longest[longest.length / 2 - 1] + longest[longest.length / 2]) / 2
  return { p50: round(at(0.5)), p95: round(at(0.95)), longestTask: round(middle), longestTaskWorst: round(longest[longest.length - 1]) }
}

const round = (v: number): number => Math.round(v * 10) / 10

const ratioOf = (ours: Figures, bare: Figures): number => Math.round((ours.p95 / bare.p95) * 100) / 100

/** Both gestures together (the headline figures), and each on its own. */
function describe(runs: Run[]): Figures & { drag: Figures; pan: Figures; view: Run['view'] } {
  return {
    view: runs[0].view,
    // Each round's drag and pan together, so the longest task is each round's worst of the two.
    ...summarise(runs.map((r) => ({ frames: [...r.drag.frames, ...r.pan.frames], longestTask: Math.max(r.drag.longestTask, r.pan.longestTask) }))),
    drag: summarise(runs.map((r) => r.drag)),
    pan: summarise(runs.map((r) => r.pan)),
  }
}

/** The machine is shared: each row says how busy it was, so rows taken under different load are not compared. */
const loadAverage = (): number[] => loadavg().map((v) => Math.round(v * 100) / 100)

async function main(): Promise<void> {
  const ours = await startPreview('vite.web.config.ts', PORT)
  // '' when unset: an undefined argument would take the default, BENCH_URL, and bench ours against ours.
  const bare = await startPreview('bench/compare/vite.config.ts', PORT + 1, process.env.BENCH_BARE_URL ?? '')
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const results: Array<{ nodes: number; edges: number; ours: Figures; bare: Figures; ratio: number }> = []
  try {
    for (const size of SIZES) {
      const design = generateDesign(size)
      const path = join(mkdtempSync(join(tmpdir(), 'archsight-compare-')), `generated-${size}.archsight`)
      writeFileSync(path, serializeDesign(design))
      const graph = toBareGraph(design)
      const rects = computeNodeRects(design)
      const cards = design.nodes.filter((n) => n.kind !== 'zone').map((n) => rects.get(n.id) as CardRect)
      const oursRuns: Run[] = []
      const bareRuns: Run[] = []
      for (let round = 0; round < ROUNDS; round++) {
        const runOurs = async () => oursRuns.push(await measure(await openOurs(browser, ours.url, path, design.nodes.length), cards))
        const runBare = async () => bareRuns.push(await measure(await openBare(browser, bare.url, graph)))
        for (const run of round % 2 === 0 ? [runOurs, runBare] : [runBare, runOurs]) await run()
      }
      const row = { nodes: design.nodes.length, edges: design.edges.length, ours: describe(oursRuns), bare: describe(bareRuns), ratio: 0, dragRatio: 0, load: loadAverage() }
      row.ratio = ratioOf(row.ours, row.bare)
      row.dragRatio = ratioOf(row.ours.drag, row.bare.drag)
      results.push(row)
      for (const [name, ours, bare] of [['drag + pan', row.ours, row.bare], ['drag', row.ours.drag, row.bare.drag], ['pan', row.ours.pan, row.bare.pan]] as const) {
        console.log(
          `${row.nodes} nodes, ${name}: ours p50 ${ours.p50} ms, p95 ${ours.p95} ms, longest task ${ours.longestTask} ms (worst round ${ours.longestTaskWorst}) | ` +
            `bare p50 ${bare.p50} ms, p95 ${bare.p95} ms, longest task ${bare.longestTask} ms (worst ${bare.longestTaskWorst}) | p95 ratio ${ratioOf(ours, bare)}`,
        )
      }
      console.log(`  (zoom ${row.ours.view.zoom} with ${row.ours.view.cardsInView} cards in view${row.ours.view.isDrawn ? ', drawn on the far canvas' : ''} | bare ${row.bare.view.zoom} with ${row.bare.view.cardsInView}; load average ${row.load.join(', ')})`)
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
