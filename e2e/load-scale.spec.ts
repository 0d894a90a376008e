import { mkdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { ExportDialogPage } from './pages/ExportDialogPage'
import { ProblemsPage } from './pages/ProblemsPage'
import { TemplateGalleryPage } from './pages/TemplateGalleryPage'

/**
 * The load scenario of issue 12: "what if we had 50 times the users?". The URL shortener template carries
 * ~1,900 req/s at peak; at x50 (~95,000 req/s) its redirect service is past its capacity (core analysis, read
 * from the app's findings below), at x1 nothing is. Runs under the built renderer and the dev server.
 */
const OUT = process.env.ARCHSIGHT_SHOTS ?? resolve(import.meta.dirname, '../test-results/load-scale')
const STOPS = 20 // the slider's last index: loadScale.ts's LOAD_SCALE_STOPS has 21 stops, x50 is the 16th.
const X50 = 15

async function openShortener(page: Page): Promise<ProblemsPage> {
  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  const gallery = new TemplateGalleryPage(page)
  await gallery.open()
  await gallery.choose('url-shortener')
  await expect(problems.editor.node('redirect-svc')).toBeVisible()
  // Nothing selected: the design inspector with the workload section.
  await problems.editor.canvas.click({ position: { x: 10, y: 10 } })
  await expect(page.getByTestId('load-scale')).toBeVisible()
  return problems
}

async function heatPercent(pill: Locator): Promise<number> {
  const text = (await pill.textContent()) ?? ''
  const match = /([\d.,]+)\s*%/.exec(text)
  if (!match) throw new Error(`no percentage in heat pill "${text}"`)
  return Number(match[1].replace(/,/g, ''))
}

/** The peak requests/s as the summary states it, in words, for people and screen readers. */
async function summaryPeak(page: Page): Promise<string> {
  const label = (await page.getByTestId('summary-workload').getAttribute('aria-label')) ?? ''
  // 'Read-heavy 304,000 req/s at peak (...)': the chip's own words first (axe's label-in-name rule).
  return /^\S+ (.+?) at peak/.exec(label)?.[1] ?? label
}

function parseRps(text: string): number {
  const match = /([\d.]+)\s*([kMB]?)/.exec(text)
  if (!match) throw new Error(`no figure in "${text}"`)
  return Number(match[1]) * ({ '': 1, k: 1e3, M: 1e6, B: 1e9 } as Record<string, number>)[match[2]]
}

async function expectCleanWithNoUndo(page: Page): Promise<void> {
  await expect(page).not.toHaveTitle(/●/)
  await expect(page.getByTestId('file-state')).not.toHaveClass(/is-dirty/)
  await expect(page.getByTestId('cmd-edit.undo')).toBeDisabled()
}

async function expectNoSeriousViolations(page: Page, ...selectors: string[]): Promise<void> {
  const axe = new AxeBuilder({ page })
  for (const selector of selectors) axe.include(selector)
  const results = await axe.analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

test('x50 by keyboard: capacity findings, heat and req/s follow; the design stays clean until Apply, one undo step', async ({ page }) => {
  const problems = await openShortener(page)
  const { editor } = problems
  const slider = page.getByTestId('load-scale')
  const overCapacity = problems.problem('over-capacity', 'redirect-svc')
  await page.getByTestId('heat-toggle').click()
  const pill = editor.node('redirect-svc').getByTestId('heat-pill')
  await expect(pill).toBeVisible()
  const heatBefore = await heatPercent(pill)
  const peakBefore = parseRps(await summaryPeak(page))
  await expect(overCapacity).toHaveCount(0)
  await expect(problems.panel.locator('[data-rule-id="over-capacity"]')).toHaveCount(0)
  await expect(slider).toHaveAttribute('aria-valuetext', /×1 /)
  await expect(page.getByTestId('load-scale-chip')).toHaveCount(0)
  await expectCleanWithNoUndo(page)

  // One arrow press is one stop: x2, then on to x50.
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('load-scale-value')).toHaveText('×2')
  for (let i = 1; i < X50; i++) await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('load-scale-value')).toHaveText('×50')
  await expect(slider).toHaveAttribute('aria-valuetext', "×50 the workload's users")
  await expect(slider).toBeFocused()

  await expect(overCapacity).toBeVisible()
  await expect(overCapacity).toContainText(/Redirect|redirect/)
  await expect.poll(() => heatPercent(pill)).toBeGreaterThan(heatBefore * 40)
  await expect.poll(async () => parseRps(await summaryPeak(page))).toBeGreaterThan(peakBefore * 45)
  const chip = page.getByTestId('load-scale-chip')
  await expect(chip).toHaveText(/Load ×50/)
  await expect(editor.inspector.getByTestId('workload-derivation-scenario')).toContainText('×50')
  // The design itself did not change: its users, its saved state, its history.
  await expect(editor.field('workload-monthlyActiveUsers')).toHaveValue(/^\d+$/)
  const users = Number(await editor.field('workload-monthlyActiveUsers').inputValue())
  await expectCleanWithNoUndo(page)

  // Apply: the scaled users become the workload, as one undo step, and the scenario ends.
  await page.getByTestId('load-scale-apply').click()
  await expect(page.getByTestId('load-scale-value')).toHaveText('×1')
  await expect(slider).toBeFocused()
  await expect(chip).toHaveCount(0)
  await expect(editor.field('workload-monthlyActiveUsers')).toHaveValue(String(users * 50))
  await expect(overCapacity).toBeVisible()
  await expect(page).toHaveTitle(/^● /)
  await expect(page.getByTestId('cmd-edit.undo')).toBeEnabled()
  await page.getByTestId('cmd-edit.undo').click()
  await expect(editor.field('workload-monthlyActiveUsers')).toHaveValue(String(users))
  await expect(overCapacity).toHaveCount(0)
  await expectCleanWithNoUndo(page)
})

test('x50 by mouse; Reset, the top bar chip and opening another design each go back to x1', async ({ page }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the journeys whose state must survive a double mount; this one is the same page')
  const problems = await openShortener(page)
  const slider = page.getByTestId('load-scale')
  const overCapacity = problems.problem('over-capacity', 'redirect-svc')
  const box = await slider.boundingBox()
  if (!box) throw new Error('slider not on screen')
  // The thumb's centre runs from thumb/2 to width - thumb/2 (14 px thumb, loadScale.css).
  const xOf = (index: number) => box.x + 7 + ((box.width - 14) * index) / STOPS
  await page.mouse.click(xOf(X50), box.y + box.height / 2)
  await expect(page.getByTestId('load-scale-value')).toHaveText('×50')
  await expect(overCapacity).toBeVisible()

  // A fix tried under the scenario is an ordinary edit, analysed at x50: 60 instances of 800 req/s hold 47,200.
  await problems.editor.node('redirect-svc').click()
  await problems.editor.setField('autoscaling-max', '60')
  await expect(overCapacity).toHaveCount(0)
  await expect(page.getByTestId('load-scale-chip')).toHaveText(/Load ×50/)
  await page.getByTestId('cmd-edit.undo').click()
  await expect(overCapacity).toBeVisible()
  await problems.editor.canvas.click({ position: { x: 10, y: 10 } })
  await expect(page.getByTestId('load-scale-value')).toHaveText('×50')

  await page.getByTestId('load-scale-reset').click()
  await expect(page.getByTestId('load-scale-value')).toHaveText('×1')
  await expect(overCapacity).toHaveCount(0)

  // Dragged from x1 to the end of the track: x100.
  await page.mouse.move(xOf(0), box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width + 20, box.y + box.height / 2, { steps: 8 })
  await page.mouse.up()
  await expect(page.getByTestId('load-scale-value')).toHaveText('×100')
  await expect(overCapacity).toBeVisible()
  await page.getByTestId('load-scale-chip').click()
  await expect(page.getByTestId('load-scale-value')).toHaveText('×1')
  await expect(overCapacity).toHaveCount(0)
  await expectCleanWithNoUndo(page)

  // End and Home reach the ends from the keyboard; then New ends the scenario with the design.
  await slider.focus()
  await page.keyboard.press('End')
  await expect(page.getByTestId('load-scale-value')).toHaveText('×100')
  await page.getByTestId('cmd-file.new').click()
  await expect(problems.editor.nodes).toHaveCount(0)
  await page.getByTestId('workload-add').click()
  await expect(page.getByTestId('load-scale-value')).toHaveText('×1')
  await expect(page.getByTestId('load-scale-chip')).toHaveCount(0)
})

test('an SVG exported under a load scenario names it in the legend', async ({ page }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the journeys whose state must survive a double mount; this one is the same page')
  await openShortener(page)
  await page.getByTestId('load-scale').focus()
  for (let i = 0; i < X50; i++) await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('load-scale-chip')).toBeVisible()
  const exporter = new ExportDialogPage(page)
  await exporter.open('svg')
  await exporter.choose({ legend: true })
  const { path } = await exporter.exportFile()
  const svg = readFileSync(path, 'utf8')
  expect(svg).toContain('>Load ×50</text>')
  expect(svg).toMatch(/\d+ errors?</)
  // The design inside stays the design: the legend's scenario is the only trace.
  await expectCleanWithNoUndo(page)
})

for (const look of [
  { theme: 'light', width: 1440, height: 900 },
  { theme: 'dark', width: 1024, height: 700 },
] as const) {
  test(`the workload section with the slider, ${look.theme} ${look.width}x${look.height}: no serious accessibility violation; screenshots`, async ({ page }) => {
    // The same DOM under both servers; the dev project runs the behaviour journeys above, this one once.
    test.skip(test.info().project.name === 'dev', 'look and axe scan run on the built renderer')
    // Two axe runs over the whole inspector: slow on a shared machine, never a timing assertion.
    test.setTimeout(150_000)
    mkdirSync(OUT, { recursive: true })
    await page.setViewportSize({ width: look.width, height: look.height })
    await page.emulateMedia({ colorScheme: look.theme })
    await openShortener(page)
    const section = page.getByTestId('inspector').getByTestId('workload-section')
    await expectNoSeriousViolations(page, '[data-testid="inspector"]')
    await section.scrollIntoViewIfNeeded()
    await page.screenshot({ path: resolve(OUT, `load-scale-x1-${look.theme}.png`) })
    await page.getByTestId('load-scale').focus()
    for (let i = 0; i < X50; i++) await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('load-scale-apply')).toBeVisible()
    await page.getByTestId('heat-toggle').click()
    await expect(page.getByTestId('heat-legend')).toBeVisible()
    await expectNoSeriousViolations(page, '[data-testid="inspector"]', '[data-testid="design-summary"]')
    await page.screenshot({ path: resolve(OUT, `load-scale-x50-${look.theme}.png`) })
  })
}
