import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

test('a saved design is listed in recent files and opens from there', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('search', 'opensearch', { x: 300, y: 200 })
  await page.keyboard.press('Escape')
  await editor.setField('design-name', 'Search stack')
  const download = await editor.save()
  expect(download.suggestedFilename()).toBe('Search stack.archsight')

  await editor.command('file.new')
  await expect(editor.nodes).toHaveCount(0)
  await page.getByTestId('cmd-file.openRecent').click()
  await page.getByRole('menuitem', { name: /Search stack\.archsight/ }).click()
  await expect(editor.node('opensearch-1')).toBeVisible()
  await expect(page).toHaveTitle('Search stack.archsight — Archsight')
})

test('File > Open shows the file chooser and opens the chosen design', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  const chooser = page.waitForEvent('filechooser')
  await editor.command('file.open')
  await (await chooser).setFiles(join(import.meta.dirname, 'fixtures/zoned-shop.archsight'))
  await expect(editor.node('api-a')).toBeVisible()
  await expect(page).toHaveTitle('zoned-shop.archsight — Archsight')
})
