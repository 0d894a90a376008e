import { expect, test, type Locator } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/**
 * Zoomed far out (under 40 %) the canvas leaves out what nobody can read or aim at there (handles, icons,
 * edge pills) so a drag stays smooth at 1,000 cards; cards and edges stay, a drag still moves the card and its
 * edge as one undo step, and coming back near brings the pills back and connecting works again.
 */
test('zoomed far out: cards and edges stay, pills and handles go, a drag is one undo step; near again, all is back', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 200 })
  await editor.dragToCanvas('relational-db', 'postgres', { x: 520, y: 420 })
  await editor.connect('service-1', 'redis-1')
  const label = page.locator('[data-testid="edge-label"][data-edge-id="service-1-redis-1"]')
  await expect(label).toBeVisible()
  const wrap = page.locator('.canvas-wrap')
  await expect(wrap).not.toHaveClass(/is-far/)

  const zoomOut = page.getByRole('button', { name: 'Zoom Out' })
  for (let i = 0; i < 6; i++) await zoomOut.click()
  await expect(wrap).toHaveClass(/is-far/)
  await expect(label).toBeHidden()
  await expect(editor.node('service-1').locator('.react-flow__handle').first()).toBeHidden()
  await expect(editor.node('service-1').locator('.kind-tile')).toBeHidden()
  await expect(editor.node('service-1')).toBeVisible()
  await expect(editor.edges).toHaveCount(1)

  // A drag far out moves the card and its edge, and is one undo step.
  const path = page.locator('.react-flow__edge-path.arch-edge')
  const pathBefore = await path.getAttribute('d')
  const before = await centreOf(editor.node('service-1'))
  await page.mouse.move(before.x, before.y)
  await page.mouse.down()
  await page.mouse.move(before.x, before.y + 40, { steps: 8 })
  await page.mouse.up()
  const after = await centreOf(editor.node('service-1'))
  expect(after.y - before.y).toBeGreaterThan(30)
  await expect(path).not.toHaveAttribute('d', pathBefore ?? '')
  await page.keyboard.press('Control+Z')
  await expect.poll(async () => Math.round((await centreOf(editor.node('service-1'))).y)).toBe(Math.round(before.y))
  await expect(path).toHaveAttribute('d', pathBefore ?? '')

  const zoomIn = page.getByRole('button', { name: 'Zoom In' })
  for (let i = 0; i < 6; i++) await zoomIn.click()
  await expect(wrap).not.toHaveClass(/is-far/)
  await expect(label).toBeVisible()
  await expect(editor.node('service-1').locator('.kind-tile')).toBeVisible()
  // The handles were measured again on the way back: a connection from one starts and lands.
  await editor.connect('service-1', 'postgres-1')
  await expect(editor.edges).toHaveCount(2)
  await expect(page.locator('[data-testid="edge-label"][data-edge-id="service-1-postgres-1"]')).toBeVisible()
})
