import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

test('double-click a card to rename it, then another; an edge is selected and edited in the inspector', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 200 })
  await editor.node('service-1').dblclick()
  await expect(editor.field('label')).toBeFocused()
  await page.keyboard.type('Checkout API')
  await page.keyboard.press('Enter')
  await expect(editor.node('service-1')).toContainText('Checkout API')
  await expect(editor.node('service-1')).toHaveAttribute('data-node-id', 'service-1')
  // With that card selected, a double-click on another renames the other: the field that takes the focus is the
  // double-clicked card's, never the one the inspector showed a moment before (it follows the selection a frame
  // or two later, Inspector.tsx).
  await editor.node('redis-1').dblclick()
  await expect(editor.field('label')).toBeFocused()
  await expect(editor.inspector).toContainText('redis-1')
  await page.keyboard.type('Sessions')
  await page.keyboard.press('Enter')
  await expect(editor.node('redis-1')).toContainText('Sessions')
  await expect(editor.node('service-1')).toContainText('Checkout API')

  await editor.connect('service-1', 'redis-1')
  await expect(editor.inspector).toContainText('Checkout API → Sessions')
  // A new edge into a cache starts as a read (the catalogue's default for caches).
  await expect(editor.inspector.getByTestId('field-access')).toHaveValue('read')
  await editor.inspector.getByTestId('field-mode').selectOption('async')
  await editor.inspector.getByTestId('field-access').selectOption('write')
  await expect(page.locator('[data-edge-id="service-1-redis-1"]')).toContainText('W')
  await expect(page.locator('.react-flow__edge-path.is-async')).toHaveCount(1)
  await editor.inspector.getByTestId('field-access').focus()
  await page.keyboard.press('Control+Z')
  await expect(editor.inspector.getByTestId('field-access')).toHaveValue('read')
  // The edge's numbers: a fan-out shows on the pill, a share outside 0..1 is refused with the field's name.
  await editor.inspector.getByTestId('field-fanout').fill('5')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-edge-id="service-1-redis-1"]')).toContainText('R ×5')
  await editor.inspector.getByTestId('field-share').fill('2')
  await page.keyboard.press('Enter')
  await expect(editor.inspector.getByTestId('field-share-error')).toHaveText('Share of traffic must be a number from 0 to 1')
})

test('a design file dropped on the canvas opens', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  const text = readFileSync(join(import.meta.dirname, 'fixtures/zoned-shop.archsight'), 'utf8')
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([content], 'dropped.archsight', { type: 'application/json' }))
    return transfer
  }, text)
  await editor.canvas.dispatchEvent('dragover', { dataTransfer })
  await editor.canvas.dispatchEvent('drop', { dataTransfer })
  await expect(editor.node('api-a')).toBeVisible()
  await expect(page).toHaveTitle('dropped.archsight — Archsight')
})

/**
 * A press on a card selects it before the pointer moves or is released (the selection then renders apart from the
 * drag's first frame, useCanvasFlow's onPressCard): the card, alone, shows selected and in the inspector while the
 * button is held; a drag moves it; Shift and a press on a selected card of a multi-selection keep the selection.
 */
test('a press on a card selects it at once; a multi-selection survives a press on one of its cards', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 200 })
  const service = editor.node('service-1')
  const cache = editor.node('redis-1')
  // Select the cache first, then press (not release) on the service.
  await cache.click()
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1)
  const box = (await service.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await expect(page.locator('.react-flow__node[data-id="service-1"]')).toHaveClass(/selected/)
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1)
  await expect(editor.inspector.getByTestId('field-label')).toHaveValue(/Service/)
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 6 })
  await page.mouse.up()
  const moved = (await service.boundingBox())!
  expect(moved.x - box.x).toBeGreaterThan(40)
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1)

  // Shift-click adds the cache; a plain press and drag on one of the two moves both and keeps both selected.
  await cache.click({ modifiers: ['Shift'] })
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  const cacheBox = (await cache.boundingBox())!
  const serviceBox = (await service.boundingBox())!
  await page.mouse.move(cacheBox.x + cacheBox.width / 2, cacheBox.y + cacheBox.height / 2)
  await page.mouse.down()
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  await page.mouse.move(cacheBox.x + cacheBox.width / 2, cacheBox.y + cacheBox.height / 2 + 80, { steps: 6 })
  await page.mouse.up()
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  expect((await service.boundingBox())!.y - serviceBox.y).toBeGreaterThan(50)
  expect((await cache.boundingBox())!.y - cacheBox.y).toBeGreaterThan(50)
})
