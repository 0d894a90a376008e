import { join } from 'node:path'
import { test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

// Pictures for people, not assertions: ARCHSIGHT_SCREENSHOTS=<dir> npx playwright test e2e/screenshots.spec.ts
const dir = process.env.ARCHSIGHT_SCREENSHOTS
const FIXTURE = join(import.meta.dirname, 'fixtures/zoned-shop.archsight')

test.skip(!dir, 'set ARCHSIGHT_SCREENSHOTS to a folder to write the editor screenshots')

for (const theme of ['light', 'dark'] as const) {
  test(`editor screenshots, ${theme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme })
    const editor = new EditorPage(page)
    await editor.goto()
    await page.screenshot({ path: join(dir as string, `editor-empty-${theme}.png`) })
    await editor.openFile(FIXTURE)
    await editor.command('view.fit')
    await page.waitForTimeout(300)
    await editor.node('api-a').click()
    await page.mouse.move(5, 300)
    await page.screenshot({ path: join(dir as string, `editor-design-${theme}.png`) })
    await page.locator('[data-edge-id="api-a-db"]').click({ force: true })
    await page.screenshot({ path: join(dir as string, `editor-edge-${theme}.png`) })
  })
}
