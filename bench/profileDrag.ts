/**
 * `npx tsx bench/profileDrag.ts`: a CPU profile of the canvas while a card is dragged (and the pane panned),
 * summed by function, to find what runs per pointer move. Build the page unminified first, so the profile
 * names our functions: `npx vite build --config vite.web.config.ts --minify false --outDir /tmp/archsight-profile`.
 * PROFILE_SIZE picks the design size (default 1000), PROFILE_GESTURE drag|pan (default drag),
 * PROFILE_PORT the preview port (default 4179). Writes /tmp/drag-<gesture>-<size>.cpuprofile and .trace.json. A diagnostic, not a benchmark: it prints, it asserts nothing.
 */
import { writeFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { chromium, type CDPSession } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium'
import { toBareGraph } from './compare/bareGraph'
import { newProbedPage, scriptedGesture, writeGeneratedDesign } from './gesture'

const SIZE = Number(process.env.PROFILE_SIZE ?? 1000)
const GESTURE = process.env.PROFILE_GESTURE ?? 'drag'
const PORT = Number(process.env.PROFILE_PORT ?? 4179)
/** PROFILE_BARE=1 profiles bare React Flow (dist-compare, built by bench:compare) on the same graph instead. */
const IS_BARE = process.env.PROFILE_BARE === '1'
const OUT_DIR = process.env.PROFILE_DIR ?? '/tmp/archsight-profile'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  hitCount: number
  children?: number[]
}

async function main(): Promise<void> {
  const config = IS_BARE ? ['bench/compare/vite.config.ts'] : ['vite.web.config.ts', '--outDir', OUT_DIR]
  const server = spawn('npx', ['vite', 'preview', '--config', ...config, '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${PORT}/`
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) break
    await new Promise((r) => setTimeout(r, 200))
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const { design, path } = writeGeneratedDesign(SIZE, 'profile')
    const page = await newProbedPage(browser)
    if (IS_BARE) {
      const graph = toBareGraph(design)
      await page.addInitScript((g) => {
        ;(globalThis as unknown as { __compareGraph: unknown }).__compareGraph = g
      }, graph)
      await page.goto(url)
      await page.waitForSelector('.react-flow__node')
    } else {
      await page.goto(url)
      await page.getByTestId('open-file-input').setInputFiles(path)
      await page.waitForSelector('[data-testid="node"]')
    }
    // PROFILE_CSS: a style sheet added on top, to try a CSS change without a rebuild.
    if (process.env.PROFILE_CSS) await page.addStyleTag({ content: process.env.PROFILE_CSS })
    await page.waitForTimeout(Number(process.env.PROFILE_SETTLE_MS ?? 5_000))
    const point = (await page.evaluate(GESTURE === 'pan' ? 'window.__compareProbe.pickPanePoint()' : 'window.__compareProbe.pickNodePoint()')) as { x: number; y: number }
    if (process.env.PROFILE_SHOT) await page.screenshot({ path: process.env.PROFILE_SHOT })
    const cdp = await page.context().newCDPSession(page)
    if (process.env.PROFILE_LAYERS === '1') {
      const printed = printLayers(cdp)
      await page.mouse.move(5, 5) // a frame, so the layer tree is reported
      await page.mouse.move(point.x, point.y)
      await printed
    }
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])))
    const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()))
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
    await page.evaluate('window.__compareProbe.start()')
    const button = GESTURE === 'pan' ? 'middle' : 'left'
    await scriptedGesture(page, point, 2_000, button)
    await page.waitForTimeout(300)
    const sample = (await page.evaluate('window.__compareProbe.stop()')) as { frames: number[]; longestTask: number }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }
    await cdp.send('Tracing.end')
    await traced
    writeFileSync(`/tmp/drag-${GESTURE}-${SIZE}.cpuprofile`, JSON.stringify(profile))
    // The trace too, for a look at each task (its events share the profile's clock: slice one by the other).
    writeFileSync(`/tmp/drag-${GESTURE}-${SIZE}.trace.json`, JSON.stringify({ traceEvents: events }))
    report(profile, sample)
    reportTrace(events)
  } finally {
    await browser.close()
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM')
  }
}

/** The composited layers and why each is one: a layer per card or label makes every frame's Layerize slow. */
async function printLayers(cdp: CDPSession): Promise<void> {
  const layers = new Promise<Array<{ layerId: string; nodeId?: number; backendNodeId?: number; width: number; height: number; drawsContent: boolean }>>((resolve) =>
    cdp.once('LayerTree.layerTreeDidChange', (e: { layers?: Array<{ layerId: string; backendNodeId?: number; width: number; height: number; drawsContent: boolean }> }) => resolve(e.layers ?? [])),
  )
  await cdp.send('LayerTree.enable')
  const list = await Promise.race([layers, new Promise<never[]>((r) => setTimeout(() => r([]), 10_000))])
  const reasons = new Map<string, number>()
  for (const layer of list.slice(0, 300)) {
    const r = (await cdp.send('LayerTree.compositingReasons', { layerId: layer.layerId }).catch(() => ({ compositingReasonIds: ['(gone)'] }))) as {
      compositingReasonIds?: string[]
    }
    const k = (r.compositingReasonIds ?? []).join('+') || '(none)'
    reasons.set(k, (reasons.get(k) ?? 0) + 1)
  }
  console.log(`${list.length} layers:`)
  for (const [k, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${n} x ${k}`)
  await cdp.send('LayerTree.disable')
}

interface TraceEvent {
  name: string
  ph: string
  dur?: number
  /** Thread time: what the event cost on the CPU, without the time the OS gave to other processes. */
  tdur?: number
  tid: number
  pid: number
  args?: { data?: { frame?: string } }
}

/** Main-thread time per trace event name (Layout, Paint, UpdateLayoutTree, FunctionCall...): where the frames go. */
function reportTrace(events: TraceEvent[]): void {
  const main = events.find((e) => e.name === 'TracingStartedInBrowser' || e.name === 'CrRendererMain')
  const threads = new Map<string, number>()
  for (const e of events) if (e.ph === 'X' && e.dur) threads.set(`${e.pid}:${e.tid}`, (threads.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur)
  const [busiest] = [...threads].sort((a, b) => b[1] - a[1])[0] ?? ['']
  const sums = new Map<string, { total: number; count: number }>()
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || `${e.pid}:${e.tid}` !== busiest) continue
    const s = sums.get(e.name) ?? { total: 0, count: 0 }
    s.total += (e.tdur ?? e.dur) / 1000
    s.count++
    sums.set(e.name, s)
  }
  void main
  console.log('\ntrace, busiest thread, inclusive thread-time ms by event:')
  const frames = sums.get('Layerize')?.count ?? 0
  console.log(`per frame: Layerize ${((sums.get('Layerize')?.total ?? 0) / frames).toFixed(1)} ms, Paint ${((sums.get('Paint')?.total ?? 0) / frames).toFixed(1)} ms, event ${((sums.get('EventDispatch')?.total ?? 0) / (sums.get('EventDispatch')?.count ?? 1)).toFixed(1)} ms each`)
  for (const [name, s] of [...sums].sort((a, b) => b[1].total - a[1].total).slice(0, 25)) console.log(`${s.total.toFixed(1).padStart(8)} ms  x${s.count}  ${name}`)
}

/** Self and total time per function (name + file:line), top 40 of each. */
function report(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, sample: { frames: number[]; longestTask: number }): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const key = (n: ProfileNode): string => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000
    const leaf = byId.get(id) as ProfileNode
    self.set(key(leaf), (self.get(key(leaf)) ?? 0) + dt)
    const seen = new Set<string>()
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur) as ProfileNode)
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + dt)
      seen.add(k)
    }
  })
  const top = (m: Map<string, number>, n: number): string =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join('\n')
  const frames = [...sample.frames].sort((a, b) => a - b)
  console.log(`${IS_BARE ? 'bare' : 'ours'} ${SIZE} nodes, ${GESTURE}: ${frames.length} frames, p50 ${frames[Math.floor(frames.length / 2)]?.toFixed(1)}, p95 ${frames[Math.floor(frames.length * 0.95)]?.toFixed(1)}, longest task ${sample.longestTask.toFixed(0)} ms`)
  console.log('\nself time:\n' + top(self, 40))
  console.log('\ntotal time:\n' + top(total, 60))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
