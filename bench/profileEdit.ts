/**
 * `npx tsx bench/profileEdit.ts` (after `npm run build:web`): where the time of an edit -> findings painted goes
 * at 1,000 nodes. Records a Chromium trace (main thread and the analysis worker, with V8's sampling profiler)
 * around EDITS edits of "instances" like bench:canvas, then prints, per edit, the figure and the busiest
 * functions (self time) on each thread inside the edit's window. A profiling aid, not a benchmark of record.
 * Port: PROFILE_EDIT_PORT (default 4181), or BENCH_URL.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design/index'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/chromium'
import { startPreview } from './preview'

const PORT = Number(process.env.PROFILE_EDIT_PORT ?? 4181)
const EDITS = Number(process.env.EDITS ?? 6)
const NODES = Number(process.env.NODES ?? 1000)
const TOP = Number(process.env.TOP ?? 12)
/** PROFILE_ACTION=drop traces the 1.5 s after each of EDITS card drops instead (issue 13: long tasks after a drop). */
const IS_DROP = process.env.PROFILE_ACTION === 'drop'
const DROP_WINDOW_MS = 1500

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number | string
  id?: string
  args?: { name?: string; data?: { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } }
}
interface ProfileNode {
  id: number
  parent?: number
  callFrame: { functionName: string; url: string; lineNumber?: number }
}

/** Self time per function from the ProfileChunk events of one profile (one thread), inside [from, to). */
function selfTimes(events: TraceEvent[], from: number, to: number): Map<string, Map<string, number>> {
  const byProfile = new Map<string, { nodes: Map<number, ProfileNode>; samples: { ts: number; id: number }[]; tid: string }>()
  const starts = new Map<string, { ts: number; tid: string }>()
  for (const e of events) if (e.name === 'Profile' && e.id) starts.set(e.id, { ts: (e.args?.data as { startTime?: number })?.startTime ?? e.ts, tid: String(e.tid) })
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || !e.id) continue
    const start = starts.get(e.id)
    let profile = byProfile.get(e.id)
    if (!profile) byProfile.set(e.id, (profile = { nodes: new Map(), samples: [], tid: start?.tid ?? String(e.tid) }))
    const data = e.args?.data
    for (const n of data?.cpuProfile?.nodes ?? []) profile.nodes.set(n.id, n)
    let ts = profile.samples.at(-1)?.ts ?? start?.ts ?? 0
    const deltas = data?.timeDeltas ?? []
    ;(data?.cpuProfile?.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0
      profile.samples.push({ ts, id })
    })
  }
  const result = new Map<string, Map<string, number>>()
  for (const profile of byProfile.values()) {
    const times = new Map<string, number>()
    for (let i = 0; i < profile.samples.length - 1; i++) {
      const s = profile.samples[i]
      if (s.ts < from || s.ts >= to) continue
      const frame = profile.nodes.get(s.id)?.callFrame
      if (!frame || frame.functionName === '(idle)') continue
      const key = `${frame.functionName || '(anonymous)'} ${(frame.url ?? '').split('/').pop() ?? ''}:${frame.lineNumber ?? ''}`
      times.set(key, (times.get(key) ?? 0) + (profile.samples[i + 1].ts - s.ts) / 1000)
    }
    result.set(profile.tid, times)
  }
  return result
}

/** A top-level task of a thread (the event's name changed across Chromium versions). */
const isTask = (e: TraceEvent): boolean => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
/** What a task spent its time on: script entry points, style, layout, paint, GC. */
const PHASES = new Set(['EventDispatch', 'TimerFire', 'FunctionCall', 'HandlePostMessage', 'FireAnimationFrame', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'MinorGC', 'MajorGC', 'FireIdleCallback'])
const describeData = (e: TraceEvent): string => {
  const data = e.args?.data as { type?: string; functionName?: string } | undefined
  return data?.type ? `(${data.type})` : data?.functionName ? `(${data.functionName})` : ''
}

async function main(): Promise<void> {
  const design = generateDesign(NODES)
  const path = join(mkdtempSync(join(tmpdir(), 'archsight-profile-')), 'design.archsight')
  writeFileSync(path, serializeDesign(design))
  const { url, stop } = await startPreview('vite.web.config.ts', PORT)
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.addInitScript({ path: join(import.meta.dirname, 'frameRecorder.browser.js') })
    await page.addInitScript({ path: join(import.meta.dirname, 'canvasProbe.browser.js') })
    await page.goto(url)
    await page.getByTestId('open-file-input').setInputFiles(path)
    await page.waitForFunction((n) => (globalThis as unknown as { __archsightBench: { isLoaded(n: number): boolean } }).__archsightBench.isLoaded(n), design.nodes.length)
    const nodeId = (await page.evaluate('window.__archsightBench.pickService()')) as string
    await page.locator(`[data-testid="problem"][data-rule-id="single-point-of-failure"][data-target-id="${nodeId}"]`).click()
    const field = page.getByTestId('inspector').getByTestId('field-instances')
    await field.waitFor()
    await page.waitForTimeout(400)
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'],
    })
    const figures: number[] = []
    for (let i = 0; i < EDITS && IS_DROP; i++) {
      // A short drag of the card, then 1.5 s of what the drop sets off (the window printed below).
      const box = await page.locator(`[data-testid="node"][data-node-id="${nodeId}"]`).boundingBox()
      if (!box) throw new Error('node not on screen')
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2]
      await page.mouse.move(x, y)
      await page.mouse.down()
      for (let step = 1; step <= 20; step++) await page.mouse.move(x + step * 4 * (i % 2 === 0 ? 1 : -1), y + step * 2)
      await page.evaluate(`window.addEventListener('pointerup', () => performance.mark('edit-${i}'), { once: true, capture: true })`)
      await page.mouse.up()
      await page.waitForTimeout(DROP_WINDOW_MS)
      figures.push(DROP_WINDOW_MS)
    }
    for (let i = 0; i < EDITS && !IS_DROP; i++) {
      await field.fill(i % 2 === 0 ? '3' : '1')
      const watched = page.evaluate(`window.__archsightBench.watchBadge(${JSON.stringify(nodeId)})`) as Promise<{ badge: number }>
      await page.evaluate(`document.querySelector('[data-testid="field-instances"]').addEventListener('keydown', () => performance.mark('edit-${i}'), { once: true, capture: true })`)
      await page.waitForTimeout(50)
      await field.press('Enter')
      figures.push((await watched).badge)
      await page.waitForTimeout(300)
    }
    const buffer = await browser.stopTracing()
    if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, buffer)
    const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents
    const threadNames = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [String(e.tid), e.args?.name ?? '?']))
    for (let i = 0; i < EDITS; i++) {
      const mark = events.find((e) => e.name === `edit-${i}` && e.ph !== 'e')
      if (!mark) continue
      const from = mark.ts
      const to = from + figures[i] * 1000
      console.log(IS_DROP ? `drop ${i + 1}: the ${DROP_WINDOW_MS} ms after it` : `edit ${i + 1}: ${figures[i].toFixed(1)} ms`)
      for (const [tid, times] of selfTimes(events, from, to)) {
        const total = [...times.values()].reduce((a, b) => a + b, 0)
        if (total < 1) continue
        console.log(`  ${threadNames.get(tid) ?? tid}: ${total.toFixed(1)} ms sampled`)
        for (const [name, t] of [...times].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`    ${t.toFixed(1).padStart(6)}  ${name}`)
      }
      // Top-level tasks per thread inside the window: where the wall time went, sampled or not.
      const tasks = events.filter((e) => isTask(e) && e.ts + (e.dur ?? 0) >= from && e.ts < to && (e.dur ?? 0) > 2000)
      for (const t of tasks) {
        const within = events.filter((e) => e.ph === 'X' && e.tid === t.tid && e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0) && (e.dur ?? 0) > 1500 && PHASES.has(e.name))
        const phases = within.map((e) => `${e.name}${describeData(e)} ${((e.dur ?? 0) / 1000).toFixed(1)}`).join(', ')
        console.log(`  task ${threadNames.get(String(t.tid)) ?? t.tid} at +${((t.ts - from) / 1000).toFixed(1)} ms for ${((t.dur ?? 0) / 1000).toFixed(1)} ms: ${phases}`)
      }
    }
  } finally {
    await browser.close()
    stop()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
