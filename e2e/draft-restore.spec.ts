import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

test('an unsaved design survives a reload: it is offered back, and a discarded copy stays gone', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('pubsub', 'kafka', { x: 300, y: 200 })
  await expect(editor.node('kafka-1')).toBeVisible()
  // The copy is written shortly after the last edit.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('archsight.backup.untitled') !== null)).toBe(true)

  // The tab asks before leaving unsaved changes; leave anyway, as a user who trusts the copy would.
  const asked = page.waitForEvent('dialog').then(async (dialog) => {
    expect(dialog.type()).toBe('beforeunload')
    await dialog.accept()
  })
  await page.reload()
  await asked
  const restore = page.getByTestId('restore-dialog')
  await restore.getByTestId('backup-restore').click()
  await expect(editor.node('kafka-1')).toBeVisible()
  await expect(page).toHaveTitle(/^● /)
  await expect(page.getByTestId('toast')).toContainText('Restored your unsaved design')

  page.on('dialog', (dialog) => void dialog.accept())
  await page.reload()
  await restore.getByTestId('backup-discard').click()
  await expect(restore).toBeHidden()
  await expect(editor.nodes).toHaveCount(0)
  await page.reload()
  await expect(editor.canvas).toBeVisible()
  await expect(restore).toHaveCount(0)
})

test('a draft kept by an earlier version (archsight.draft) is offered like any other copy', async ({ page }) => {
  const editor = new EditorPage(page)
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    const design = { format: 'archsight', version: 1, name: 'Old draft', nodes: [{ id: 'old-svc', kind: 'service', position: { x: 100, y: 100 } }], edges: [] }
    localStorage.setItem('archsight.draft', JSON.stringify(design))
  })
  await editor.goto()
  await page.getByTestId('restore-dialog').getByTestId('backup-restore').click()
  await expect(editor.node('old-svc')).toBeVisible()
})

test('an edit made just before the page goes away is in the copy, without waiting for the timer', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('pubsub', 'kafka', { x: 300, y: 200 })
  await expect.poll(() => page.evaluate(() => localStorage.getItem('archsight.backup.untitled') !== null)).toBe(true)
  // The copy's text is made in a worker after a pause; the page leaves before that pause is over.
  await editor.dragToCanvas('pubsub', 'kafka', { x: 500, y: 300 })
  await expect(editor.node('kafka-2')).toBeVisible()
  page.on('dialog', (dialog) => void dialog.accept())
  await page.reload()
  await page.getByTestId('restore-dialog').getByTestId('backup-restore').click()
  await expect(editor.node('kafka-1')).toBeVisible()
  await expect(editor.node('kafka-2')).toBeVisible()
})
