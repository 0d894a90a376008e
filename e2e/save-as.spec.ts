import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

test('Save As asks for a name, refuses a bad one, and downloads under the chosen name', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('cache', 'redis', { x: 320, y: 220 })
  await expect(editor.node('redis-1')).toBeVisible()

  await page.keyboard.press('Control+Shift+S')
  const dialog = page.getByTestId('save-as-dialog')
  const name = dialog.getByTestId('save-as-name')
  await expect(name).toBeFocused()
  await expect(name).toHaveValue(/\.archsight$/)

  await name.fill('designs/shop')
  await dialog.getByTestId('save-as-confirm').click()
  await expect(dialog.getByRole('alert')).toContainText('cannot contain')

  await name.fill('shop checkout')
  const download = page.waitForEvent('download')
  await name.press('Enter')
  expect((await download).suggestedFilename()).toBe('shop checkout.archsight')
  await expect(dialog).toBeHidden()
  await expect(page).toHaveTitle(/^shop checkout\.archsight/)

  // Cancelling asks nothing more and saves nothing.
  await page.keyboard.press('Control+Shift+S')
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
})
