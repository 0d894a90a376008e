import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

const FIXTURE = join(import.meta.dirname, 'fixtures/zoned-shop.archsight')

test('opening over unsaved changes asks first; keeping them keeps the design, discarding opens the file', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('cache', 'redis', { x: 300, y: 200 })
  await expect(page).toHaveTitle('● Untitled design — Archsight')

  await editor.openFile(FIXTURE)
  const dialog = page.getByTestId('confirm-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('confirm-cancel').click()
  await expect(dialog).toBeHidden()
  await expect(editor.nodes).toHaveCount(1)

  await editor.openFile(FIXTURE)
  await page.getByTestId('confirm-discard').click()
  await expect(editor.node('api-a')).toBeVisible()
  await expect(page).toHaveTitle('zoned-shop.archsight — Archsight')
})

test('copy and paste, and duplicate, add fresh copies of the selection', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  await editor.dragToCanvas('relational-db', 'postgres', { x: 500, y: 200 })
  await editor.connect('service-1', 'postgres-1')
  await editor.canvas.click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Control+C')
  await page.keyboard.press('Control+V')
  await expect(editor.nodes).toHaveCount(4)
  await expect(editor.edges).toHaveCount(2)
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(JSON.parse(copied).format).toBe('archsight-clipboard')

  // The pasted copy overlaps the original one step down and right: pick the original by its free corner.
  await editor.node('service-1').click({ position: { x: 8, y: 8 } })
  await page.keyboard.press('Control+D')
  await expect(editor.node('service-3')).toBeVisible()
  await page.keyboard.press('Control+Z')
  await expect(editor.nodes).toHaveCount(4)
})
