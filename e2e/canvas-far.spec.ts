import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Locator } from '@playwright/test'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design'
import { EditorPage } from './pages/EditorPage'

async function centreOf(locator: Locator) {
  const box = await locator.boundingBox()
  if (!box) throw new Error('not on screen')
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/**
 * Zoomed far out (under 40 %), a large design (over 300 cards) leaves out what nobody can read or aim at there
 * (handles, icons, edge pills) so a drag stays smooth at 1,000 cards; cards and edges stay, a drag still moves
 * a card as one undo step, and coming back near brings the pills and icons back. A small design keeps them at
 * every zoom: a template fitted into a 1024 px window sits under 40 % and must still show its labels.
 */
test('a small design zoomed far out keeps its pills, icons and handles; a drag is one undo step', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 200 })
  await editor.dragToCanvas('relational-db', 'postgres', { x: 520, y: 420 })
  await editor.connect('service-1', 'redis-1')
  const label = page.locator('[data-testid="edge-label"][data-edge-id="service-1-redis-1"]')
  await expect(label).toBeVisible()
  const wrap = page.locator('.canvas-wrap')

  const zoomOut = page.getByRole('button', { name: 'Zoom Out' })
  for (let i = 0; i < 6; i++) await zoomOut.click()
  await expect(wrap).not.toHaveClass(/is-far/)
  await expect(label).toBeVisible()
  await expect(editor.node('service-1').locator('.kind-tile')).toBeVisible()

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
  await editor.connect('service-1', 'postgres-1')
  await expect(editor.edges).toHaveCount(2)
})

test('a 400-card design fitted far out: pills, icons and handles go, cards and edges stay, a drag is one undo step; near again, all is back', async ({ page }) => {
  const design = generateDesign(400)
  const file = join(mkdtempSync(join(tmpdir(), 'archsight-far-')), 'far.archsight')
  writeFileSync(file, serializeDesign(design))
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(file)
  const wrap = page.locator('.canvas-wrap')
  await expect(wrap).toHaveClass(/is-far/)
  // The card nearest the canvas's centre, clear of the overlays at its edges.
  const centre = await centreOf(editor.canvas)
  const boxes = await editor.nodes.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { id: el.getAttribute('data-node-id') ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 }
    }),
  )
  const nearest = boxes.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y))[0]
  const node = editor.node(nearest.id)
  await expect(node).toBeVisible()
  await expect(node.locator('.kind-tile')).toBeHidden()
  await expect(node.locator('.react-flow__handle').first()).toBeHidden()
  await expect(page.locator('[data-testid="edge-label"]').first()).toBeHidden()
  expect(await editor.edges.count()).toBeGreaterThan(100)

  const before = await centreOf(node)
  await page.mouse.move(before.x, before.y)
  await page.mouse.down()
  await page.mouse.move(before.x, before.y + 30, { steps: 8 })
  await page.mouse.up()
  await expect.poll(async () => (await centreOf(node)).y - before.y).toBeGreaterThan(20)
  await page.keyboard.press('Control+Z')
  await expect.poll(async () => Math.round((await centreOf(node)).y)).toBe(Math.round(before.y))

  const zoomIn = page.getByRole('button', { name: 'Zoom In' })
  for (let i = 0; i < 8 && (await wrap.getAttribute('class'))?.includes('is-far'); i++) await zoomIn.click()
  await expect(wrap).not.toHaveClass(/is-far/)
  await expect(page.locator('.react-flow__node .kind-tile').first()).toBeVisible()
  await expect(page.locator('[data-testid="edge-label"]').first()).toBeVisible()
})
