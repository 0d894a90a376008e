import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

test('an unsaved design survives a reload and can be discarded from the notice', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('pubsub', 'kafka', { x: 300, y: 200 })
  await expect(editor.node('kafka-1')).toBeVisible()
  // The draft is written shortly after the last edit.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('archsight.draft') !== null)).toBe(true)

  // The tab asks before leaving unsaved changes; leave anyway, as a user who trusts the draft would.
  const asked = page.waitForEvent('dialog').then(async (dialog) => {
    expect(dialog.type()).toBe('beforeunload')
    await dialog.accept()
  })
  await page.reload()
  await asked
  await expect(editor.node('kafka-1')).toBeVisible()
  await expect(page).toHaveTitle(/^● /)
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('Restored your unsaved design')
  await toast.getByRole('button', { name: 'Discard' }).click()
  await expect(editor.nodes).toHaveCount(0)

  await page.reload()
  await expect(editor.nodes).toHaveCount(0)
})
