import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

test('double-click a card to rename it; an edge is selected and edited in the inspector', async ({ page }) => {
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

  await editor.connect('service-1', 'redis-1')
  await expect(editor.inspector).toContainText('Checkout API → Redis')
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
