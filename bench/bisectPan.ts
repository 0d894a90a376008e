/**
 * `npx tsx bench/bisectPan.ts`: which part of the canvas makes a gesture slow. One page of the built canvas
 * (dist-web, or BISECT_DIR) with a generated design; each variant is a style sheet laid on top (a feature
 * turned off by CSS), and the variants take turns, round after round, in the same page, so a busy machine
 * weighs on each alike. Prints p50/p95 frame time per variant. BISECT_SIZE (default 1000), BISECT_GESTURE
 * pan|drag, BISECT_ROUNDS (default 3), BISECT_PORT (default 4179), BISECT_ZOOM (a zoom to set first; default
 * the fitted view), BISECT_VARIANTS (JSON `{ "name": "css" }`, default the list below). A diagnostic: it
 * prints, it asserts nothing.
 */
import { chromium, type Page } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium'
import { startPreview } from './preview'
import { newProbedPage, scriptedGesture, writeGeneratedDesign } from './gesture'

const SIZE = Number(process.env.BISECT_SIZE ?? 1000)
const GESTURE = process.env.BISECT_GESTURE ?? 'pan'
const ROUNDS = Number(process.env.BISECT_ROUNDS ?? 3)
const PORT = Number(process.env.BISECT_PORT ?? 4179)

const DEFAULT_VARIANTS: Record<string, string> = {
  as_is: '',
  no_shadow: '.arch-node { box-shadow: none !important }',
  no_edges: '.react-flow__edges { display: none !important }',
  no_cards: '.react-flow__nodes { display: none !important }',
  no_minimap: '.react-flow__minimap { display: none !important }',
  layer_viewport: '.react-flow__viewport { will-change: transform }',
  // The build makes the view a layer under 20 % (canvasFar.css .is-farthest): this is without.
  no_pan_layer: '.react-flow__viewport { will-change: auto !important }',
  // The build's sheet over the pane during a pan (canvasFar.css): this is without.
  no_pan_sheet: '.react-flow__pane.dragging::after { display: none }',
  no_background: '.react-flow__background { display: none !important }',
}

async function gesture(
  page: Page,
  point: { x: number; y: number },
  button: 'left' | 'middle' = GESTURE === 'pan' ? 'middle' : 'left',
): Promise<{ frames: number[]; longestTask: number }> {
  await page.evaluate('window.__compareProbe.start()')
  await scriptedGesture(page, point, 1_500, button)
  await page.waitForTimeout(150)
  return (await page.evaluate('window.__compareProbe.stop()')) as { frames: number[]; longestTask: number }
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'cc',
  'viz',
  'blink',
  'benchmark',
]

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

/**
 * CPU (thread time, so a busy machine does not inflate it) of the renderer's main thread (its top-level tasks)
 * and of rasterisation on the worker threads, over one gesture.
 */
function cpuOf(trace: { traceEvents: TraceEvent[] }): { main: number; raster: number } {
  const names = new Map<string, string>()
  for (const e of trace.traceEvents) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?')
  let main = 0
  let raster = 0
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue
    const thread = names.get(`${e.pid}:${e.tid}`)
    if (thread === 'CrRendererMain' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask')) main += (e.tdur ?? e.dur) / 1000
    if (e.name === 'RasterTask') raster += (e.tdur ?? e.dur) / 1000
  }
  return { main, raster }
}

/** Thread time by thread and event name (top-level slices only would hide nesting; these are inclusive). */
function reportTrace(trace: { traceEvents: TraceEvent[] }, frames: number): void {
  const names = new Map<string, string>()
  for (const e of trace.traceEvents) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?')
  const byThread = new Map<string, Map<string, number>>()
  for (const e of trace.traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue
    const thread = `${names.get(`${e.pid}:${e.tid}`) ?? '?'} ${e.pid}:${e.tid}`
    const sums = byThread.get(thread) ?? new Map<string, number>()
    sums.set(e.name, (sums.get(e.name) ?? 0) + (e.tdur ?? e.dur) / 1000)
    byThread.set(thread, sums)
  }
  console.log(`trace of ${frames} frames, thread time (ms, inclusive) per thread, top events:`)
  const total = (m: Map<string, number>): number => Math.max(...m.values())
  for (const [thread, sums] of [...byThread].sort((a, b) => total(b[1]) - total(a[1])).slice(0, 8)) {
    const top = [...sums].sort((a, b) => b[1] - a[1]).slice(0, 14)
    console.log(`  ${thread}: ${top.map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`)
  }
}

async function main(): Promise<void> {
  const variants: Record<string, string> = process.env.BISECT_VARIANTS ? JSON.parse(process.env.BISECT_VARIANTS) : DEFAULT_VARIANTS
  const server = await startPreview('vite.web.config.ts', PORT, process.env.BENCH_URL)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const { path } = writeGeneratedDesign(SIZE, 'bisect')
    const page = await newProbedPage(browser)
    await page.goto(server.url)
    await page.getByTestId('open-file-input').setInputFiles(path)
    await page.waitForSelector('[data-testid="node"]')
    await page.waitForTimeout(4_000)
    const pick = GESTURE === 'pan' ? 'window.__compareProbe.pickPanePoint()' : 'window.__compareProbe.pickNodePoint()'
    // A first gesture nobody counts: the page's first one pays for caches and tiles the others find ready.
    // BISECT_WARM=drag warms up with a card drag (as bench:compare's drag comes before its pan), =none not at all.
    const warmWith = process.env.BISECT_WARM ?? GESTURE
    const warm = warmWith === 'none' ? null : ((await page.evaluate(warmWith === 'drag' ? 'window.__compareProbe.pickNodePoint()' : pick)) as { x: number; y: number } | null)
    if (warm) await gesture(page, warm, warmWith === 'drag' ? 'left' : 'middle')
    // BISECT_DESELECT=1: a click on the empty pane after the warm-up (a drag leaves its card selected).
    if (process.env.BISECT_DESELECT === '1') {
      const empty = (await page.evaluate(pick)) as { x: number; y: number }
      await page.mouse.click(empty.x, empty.y)
      await page.waitForTimeout(500)
    }
    const frames = new Map<string, number[]>(Object.keys(variants).map((k) => [k, []]))
    const cpuSums = new Map<string, { main: number; raster: number; frames: number }>()
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, css] of Object.entries(variants)) {
        const handle = css ? await page.addStyleTag({ content: css }) : undefined
        // Back to the fitted view: each pan ends elsewhere, and a view drifted off the design has fewer cards
        // to draw, which made later variants look cheaper than earlier ones.
        await page.getByRole('button', { name: 'Fit View' }).click()
        await page.waitForTimeout(600)
        const point = (await page.evaluate(pick)) as { x: number; y: number } | null
        if (!point) throw new Error(`no point to ${GESTURE} from`)
        const isTraced = process.env.BISECT_TRACE === name && round === ROUNDS - 1
        await browser.startTracing(page, { categories: TRACE_CATEGORIES })
        const sample = await gesture(page, point)
        const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] }
        if (isTraced) reportTrace(trace, sample.frames.length)
        const cpu = cpuOf(trace)
        const sum = cpuSums.get(name) ?? { main: 0, raster: 0, frames: 0 }
        cpuSums.set(name, { main: sum.main + cpu.main, raster: sum.raster + cpu.raster, frames: sum.frames + sample.frames.length })
        frames.get(name)?.push(...sample.frames)
        if (handle) await handle.evaluate((el) => (el as unknown as { remove(): void }).remove())
      }
    }
    for (const [name, list] of frames) {
      const sorted = [...list].sort((a, b) => a - b)
      const at = (q: number): string => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1)
      const cpu = cpuSums.get(name) ?? { main: 0, raster: 0, frames: 1 }
      console.log(
        `${name.padEnd(16)} ${String(sorted.length).padStart(4)} frames  p50 ${at(0.5).padStart(6)} ms  p95 ${at(0.95).padStart(6)} ms` +
          `  | CPU per frame: renderer main ${(cpu.main / cpu.frames).toFixed(1)} ms, raster ${(cpu.raster / cpu.frames).toFixed(1)} ms`,
      )
    }
  } finally {
    await browser.close()
    server.stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
