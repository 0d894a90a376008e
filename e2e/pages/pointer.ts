import type { Locator, Page } from '@playwright/test'

/** The middle of an element on screen (it must be on screen). */
export async function centreOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** A press at `from`, a move by `by` in `steps` pointer moves, and a release: a drag as a person does it. */
export async function dragBy(page: Page, from: { x: number; y: number }, by: { x: number; y: number }, steps = 10): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps })
  await page.mouse.up()
}
