import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign, type Design } from '../src/core/design/index'

/**
 * The benches' one scripted gesture: mouse down at a point, then the same looping path for `ms`, then up. A card
 * drag with the left button, a pan with the middle one (the canvas's pan button; the left button on the pane
 * draws a selection box there). The same path in every bench keeps their figures comparable.
 */
export async function scriptedGesture(
  page: Page,
  point: { x: number; y: number },
  ms: number,
  button: 'left' | 'middle' = 'left',
): Promise<void> {
  await page.mouse.move(point.x, point.y)
  await page.mouse.down({ button })
  const started = Date.now()
  for (let step = 1; Date.now() - started < ms; step++) {
    await page.mouse.move(point.x + Math.sin(step / 10) * 160, point.y + Math.cos(step / 13) * 90)
  }
  await page.mouse.up({ button })
}

/** A generated design of `size` nodes written to a fresh temporary file, for a page to open. */
export function writeGeneratedDesign(size: number, prefix: string): { design: Design; path: string } {
  const design = generateDesign(size)
  const path = join(mkdtempSync(join(tmpdir(), `archsight-${prefix}-`)), `generated-${size}.archsight`)
  writeFileSync(path, serializeDesign(design))
  return { design, path }
}

/** A 1440x900 page with the frame recorder and the compare probe installed before any script of the page. */
export async function newProbedPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage()
  await page.addInitScript({ path: join(import.meta.dirname, 'frameRecorder.browser.js') })
  await page.addInitScript({ path: join(import.meta.dirname, 'compareProbe.browser.js') })
  return page
}
