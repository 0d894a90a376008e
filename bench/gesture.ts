import type { Page } from '@playwright/test'

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
