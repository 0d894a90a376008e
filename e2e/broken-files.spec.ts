import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { parseDesignBytes } from '../src/core/design'
import { EditorPage } from './pages/EditorPage'

const BROKEN = join(import.meta.dirname, '../src/core/design/fixtures/broken')
const VALID = join(import.meta.dirname, '../src/core/design/fixtures/valid/photo-sharing.archsight')

test('every broken file is refused with its message and the open design stays as it was', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(VALID)
  // Wait for the opened design to paint before counting: the file is read asynchronously.
  await expect(editor.nodes.first()).toBeVisible()
  const count = await editor.nodes.count()
  const title = await page.title()

  const files = readdirSync(BROKEN).filter((f) => f.endsWith('.archsight'))
  expect(files.length).toBeGreaterThanOrEqual(3)
  for (const name of files) {
    const result = parseDesignBytes(new Uint8Array(readFileSync(join(BROKEN, name))))
    if (result.ok) throw new Error(`${name} parses: not a broken fixture`)
    await editor.openFile(join(BROKEN, name))
    await expect(editor.errorBanner, name).toContainText(result.error.message)
    await expect(editor.nodes).toHaveCount(count)
  }
  await expect(page).toHaveTitle(title)
  await page.getByTestId('error-banner-dismiss').click()
  await expect(editor.errorBanner).toBeHidden()
})
