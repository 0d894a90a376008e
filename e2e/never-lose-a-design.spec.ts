import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { embedDesignInPng } from '../src/core/export/pngChunk'
import { EditorPage } from './pages/EditorPage'

// File flows chained the way a person chains them (issue 9 items 1, 2, 7, 8; issue 10 items 6 and 16).

const SHOP = join(import.meta.dirname, 'fixtures/zoned-shop.archsight')
const design = (name: string, nodeId: string) =>
  JSON.stringify({ format: 'archsight', version: 1, name, nodes: [{ id: nodeId, kind: 'service', position: { x: 100, y: 100 } }], edges: [] })

/** A PNG exported by Archsight carrying design B (the export's own chunk code; the picture is 1x1). */
function createPngOfB(): Buffer {
  const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')
  return Buffer.from(embedDesignInPng(new Uint8Array(pixel), design('Design B', 'b-svc')))
}

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const data = new DataTransfer()
      data.items.add(new File([content], fileName, { type: 'application/json' }))
      return data
    },
    [name, text],
  )
  await page.getByTestId('canvas').locator('.react-flow__pane').dispatchEvent('drop', { dataTransfer: transfer })
}

test('open A, open a PNG of B, Save: Save As with B; a dropped file saves through Save As too', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  const png = createPngOfB()

  const chooser = page.waitForEvent('filechooser')
  await editor.command('file.open')
  await (await chooser).setFiles(SHOP)
  await expect(editor.node('api-a')).toBeVisible()
  // Save of the file just opened goes straight to it.
  const again = page.waitForEvent('download')
  await page.keyboard.press('Control+S')
  expect((await again).suggestedFilename()).toBe('zoned-shop.archsight')

  await page.getByTestId('open-file-input').setInputFiles({ name: 'B.png', mimeType: 'image/png', buffer: png })
  await expect(editor.node('b-svc')).toBeVisible()
  await page.keyboard.press('Control+S')
  const saveAs = page.getByTestId('save-as-dialog')
  await expect(saveAs).toBeVisible()
  await expect(saveAs.getByTestId('save-as-name')).toHaveValue('Design B.archsight')
  await page.keyboard.press('Escape')

  await dropFile(page, 'C.archsight', design('Design C', 'c-svc'))
  await expect(editor.node('c-svc')).toBeVisible()
  await expect(page).toHaveTitle('C.archsight — Archsight')
  await page.keyboard.press('Control+S')
  await expect(saveAs).toBeVisible()
  await expect(saveAs.getByTestId('save-as-name')).toHaveValue('C.archsight')
  const download = page.waitForEvent('download')
  await saveAs.getByTestId('save-as-confirm').click()
  expect((await download).suggestedFilename()).toBe('C.archsight')
})

test('the unsaved-changes prompt offers Save, Don\'t save and Cancel; Save saves, then goes ahead', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('cache', 'redis', { x: 300, y: 200 })
  await editor.command('file.new')
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm.getByTestId('confirm-save')).toHaveText('Save')
  await expect(confirm.getByTestId('confirm-discard')).toHaveText('Don’t save')
  await expect(confirm.getByTestId('confirm-cancel')).toHaveText('Cancel')
  await expect(confirm.getByTestId('confirm-save')).toBeFocused()
  await page.screenshot({ path: test.info().outputPath('unsaved-prompt.png') })

  await confirm.getByTestId('confirm-cancel').click()
  await expect(editor.nodes).toHaveCount(1)

  await editor.command('file.new')
  await confirm.getByTestId('confirm-save').click()
  const download = page.waitForEvent('download')
  await page.getByTestId('save-as-dialog').getByTestId('save-as-confirm').click()
  expect((await download).suggestedFilename()).toBe('Untitled design.archsight')
  await expect(editor.nodes).toHaveCount(0)
})

test('a file opened in the browser is listed in Recent files and opens from there', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  const chooser = page.waitForEvent('filechooser')
  await editor.command('file.open')
  await (await chooser).setFiles(SHOP)
  await expect(editor.node('api-a')).toBeVisible()
  await editor.command('file.new')
  await expect(editor.nodes).toHaveCount(0)
  await page.getByTestId('cmd-file.openRecent').click()
  await page.getByRole('menuitem', { name: /zoned-shop\.archsight/ }).click()
  await expect(editor.node('api-a')).toBeVisible()
  await expect(page).toHaveTitle('zoned-shop.archsight — Archsight')
})

test('unsaved work comes back after a reload: restore or discard it, an unreadable copy is kept aside', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('pubsub', 'kafka', { x: 300, y: 200 })
  await expect.poll(() => page.evaluate(() => localStorage.getItem('archsight.backup.untitled') !== null)).toBe(true)
  page.on('dialog', (dialog) => void dialog.accept()) // the tab's own "leave the page?"
  await page.evaluate(() => localStorage.setItem('archsight.backup.browser:broken.archsight', '{ half'))
  await page.reload()

  const restore = page.getByTestId('restore-dialog')
  await expect(restore.getByTestId('backup-item')).toHaveCount(2)
  await expect(restore).toContainText('could not be read; it was kept in local storage')
  await page.screenshot({ path: test.info().outputPath('restore-dialog.png') })
  await restore.getByRole('button', { name: 'Restore Untitled' }).click()
  await expect(editor.node('kafka-1')).toBeVisible()
  await expect(page).toHaveTitle(/^● /)
  await expect(restore.getByTestId('backup-item')).toHaveCount(1)
  await restore.getByTestId('restore-later').click()
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('archsight.unreadable-backup.')))
  expect(kept).toHaveLength(1)

  await page.reload()
  await expect(restore.getByTestId('backup-item')).toHaveCount(2) // the unreadable one is still offered
  await restore.getByRole('button', { name: 'Discard Untitled' }).click()
  await restore.getByRole('button', { name: 'Discard broken.archsight' }).click()
  await expect(restore).toBeHidden()
  await page.reload()
  await expect(page.getByTestId('canvas')).toBeVisible()
  await expect(restore).toHaveCount(0)
  await expect(editor.nodes).toHaveCount(0)
})

test('pasting a hostile fragment is refused with a message, and Save still works', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  const deep = JSON.stringify({ format: 'archsight-clipboard', nodes: [{ id: 'x', kind: 'service', position: { x: 0, y: 0 }, props: { note: 0 } }], edges: [] })
    .replace('"note":0', `"note":${'['.repeat(6000)}${']'.repeat(6000)}`)
  await page.evaluate((text) => navigator.clipboard.writeText(text), deep)
  await editor.canvas.click({ position: { x: 500, y: 400 } })
  await page.keyboard.press('Control+V')
  await expect(page.getByTestId('toast')).toContainText('nest more than 64 levels deep')
  await expect(editor.nodes).toHaveCount(1)
  const download = await editor.save()
  expect(download.suggestedFilename()).toBe('Untitled design.archsight')
})

test("Don't save right after an edit: the copy still on its way is not written back, so a reload offers nothing", async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 300, y: 200 })
  await expect.poll(() => page.evaluate(() => localStorage.getItem('archsight.backup.untitled') !== null)).toBe(true)
  // An edit, then at once Open and "Don't save": the edit's copy is due 0.8 s later, while the file picker is open.
  await editor.dragToCanvas('cache', 'redis', { x: 600, y: 200 })
  const chooser = page.waitForEvent('filechooser')
  await page.keyboard.press('Control+O')
  await page.getByRole('button', { name: /Don.t save/ }).click()
  await chooser
  await page.waitForTimeout(1_500)
  expect(await page.evaluate(() => localStorage.getItem('archsight.backup.untitled'))).toBeNull()
  page.on('dialog', (dialog) => void dialog.accept())
  await page.reload()
  await expect(page.getByTestId('canvas')).toBeVisible()
  await expect(page.getByTestId('restore-dialog')).toHaveCount(0)
})
