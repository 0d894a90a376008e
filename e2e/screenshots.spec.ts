import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

/**
 * Pictures for people to look at, not assertions: the main screens at the three window sizes the editor must
 * fit, light and dark. ARCHSIGHT_SCREENSHOTS=<dir> npx playwright test e2e/screenshots.spec.ts
 */
const dir = process.env.ARCHSIGHT_SCREENSHOTS
const TEMPLATE = join(import.meta.dirname, '../resources/templates/twitter-timeline.archsight')
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const

test.skip(!dir, 'set ARCHSIGHT_SCREENSHOTS to a folder to write the editor screenshots')

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    const tag = `${size.width}x${size.height}-${theme}`
    test(`editor screenshots ${tag}`, async ({ page }) => {
      const shot = (name: string) => page.screenshot({ path: join(dir as string, `${name}-${tag}.png`) })
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: theme })
      const editor = new EditorPage(page)
      await editor.goto()
      await shot('01-empty')
      await editor.openFile(TEMPLATE)
      await expect(editor.nodes.first()).toBeVisible()
      await page.keyboard.press('Shift+Digit1')
      await page.waitForTimeout(300)
      await page.mouse.move(5, size.height / 2)
      await shot('02-design')
      const first = editor.nodes.filter({ hasNot: page.locator('[data-kind="zone"]') }).nth(2)
      await first.click()
      await shot('03-node')
      await page.getByTestId('export-menu').click()
      await page.getByTestId('export-png').click()
      await expect(page.getByTestId('export-dialog')).toBeVisible()
      await page.waitForTimeout(200)
      await shot('04-export')
      await page.keyboard.press('Escape')
      await page.keyboard.press('Control+K')
      await expect(page.getByTestId('command-palette')).toBeVisible()
      await page.keyboard.type('add')
      await shot('05-palette')
      await page.keyboard.press('Escape')
      const problem = page.getByTestId('problem').first()
      await problem.hover()
      await problem.getByTestId('suppress').click()
      await expect(page.getByTestId('suppress-dialog')).toBeVisible()
      await shot('06-suppress')
      await page.keyboard.press('Escape')
      await page.getByTestId('heat-toggle').click()
      await expect(page.getByTestId('heat-legend')).toBeVisible()
      await shot('07-heat')
    })
  }
}

/** The what-if mode at the window sizes the brief names: a failed service and a cut link on the Twitter template. */
for (const { size, theme } of [
  { size: { width: 1440, height: 900 }, theme: 'light' },
  { size: { width: 1024, height: 700 }, theme: 'dark' },
] as const) {
  const tag = `${size.width}x${size.height}-${theme}`
  test(`what-if screenshots ${tag}`, async ({ page }) => {
    await page.setViewportSize(size)
    await page.emulateMedia({ colorScheme: theme })
    const editor = new EditorPage(page)
    await editor.goto()
    await editor.openFile(TEMPLATE)
    await expect(editor.nodes.first()).toBeVisible()
    await page.keyboard.press('Shift+Digit1')
    await page.keyboard.press('w')
    await editor.node('fanout-worker').click()
    await editor.node('timeline-cache').click()
    await page.locator('[data-testid="edge-label"][data-edge-id="lb-timeline"]').click()
    await page.mouse.move(5, size.height / 2)
    await page.waitForTimeout(300)
    await page.screenshot({ path: join(dir as string, `10-what-if-${tag}.png`) })
    await page.getByTestId('what-if-tab-table').click()
    await page.getByTestId('failure-row').nth(1).hover()
    await page.screenshot({ path: join(dir as string, `11-what-if-table-${tag}.png`) })
  })
}
