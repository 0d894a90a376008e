import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { TemplateGalleryPage } from './pages/TemplateGalleryPage'

/**
 * Every dialog stays open until the user closes it, under the built renderer AND under the dev server (the
 * "dev" project in playwright.config.ts), where React StrictMode runs each effect twice: the first mount's
 * close() used to reach the second mount's listener and shut every dialog as it opened.
 */
const TEMPLATE = join(import.meta.dirname, '../resources/templates/twitter-timeline.archsight')

async function expectStaysOpen(page: Page, dialog: Locator) {
  await expect(dialog).toBeVisible()
  await page.waitForTimeout(400)
  await expect(dialog).toBeVisible()
}

test('templates, export, rules, suppress and the command palette open and stay open; Escape closes each', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  const gallery = new TemplateGalleryPage(page)
  await gallery.open()
  await expectStaysOpen(page, gallery.dialog)
  await page.keyboard.press('Escape')
  await expect(gallery.dialog).toBeHidden()

  await editor.openFile(TEMPLATE)
  await expect(editor.node('web')).toBeVisible()

  await page.getByTestId('export-menu').click()
  await page.getByTestId('export-svg').click()
  await expectStaysOpen(page, page.getByTestId('export-dialog'))
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('export-dialog')).toBeHidden()

  await page.getByTestId('open-rules').click()
  await expectStaysOpen(page, page.getByTestId('rules-dialog'))
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('rules-dialog')).toBeHidden()

  const problem = page.getByTestId('problem').first()
  await problem.hover()
  await problem.getByTestId('suppress').click()
  await expectStaysOpen(page, page.getByTestId('suppress-dialog'))
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('suppress-dialog')).toBeHidden()

  await page.keyboard.press('Control+K')
  await expectStaysOpen(page, page.getByTestId('command-palette'))
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('command-palette')).toBeHidden()
})

test('a dialog closed without acting gives the focus back to the control that opened it', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(TEMPLATE)
  const problem = page.getByTestId('problem').first()
  const suppress = problem.getByTestId('suppress')
  const dialog = page.getByTestId('suppress-dialog')
  for (const close of ['Cancel', 'Escape', 'Close'] as const) {
    await problem.hover()
    await suppress.click()
    await expect(dialog.getByTestId('suppress-reason')).toBeFocused()
    if (close === 'Escape') await page.keyboard.press('Escape')
    else await dialog.getByRole('button', { name: close }).click()
    await expect(dialog).toBeHidden()
    await expect(suppress).toBeFocused()
  }
  // From the keyboard: the rules dialog's button, Enter, Escape, and the focus is on the button again.
  const rules = page.getByTestId('open-rules')
  await rules.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('rules-dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('rules-dialog')).toBeHidden()
  await expect(rules).toBeFocused()

  // Opened from a menu: back to the menu's button (the entry is gone by then).
  await page.getByTestId('export-menu').click()
  await page.getByTestId('export-svg').click()
  await expect(page.getByTestId('export-dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('export-dialog')).toBeHidden()
  await expect(page.getByTestId('export-menu')).toBeFocused()

  // Opened by a shortcut, and a dialog run from the command palette: back to the Rules button each time.
  await rules.focus()
  await page.keyboard.press('Control+K')
  await expect(page.getByTestId('command-palette')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('command-palette')).toBeHidden()
  await expect(rules).toBeFocused()
  await page.keyboard.press('Control+K')
  await page.keyboard.type('rules')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('rules-dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('rules-dialog')).toBeHidden()
  await expect(rules).toBeFocused()

  // A field being typed in commits when a shortcut runs, and the dialog that shortcut opens gives it the focus back.
  const name = editor.field('design-name')
  await name.fill('Renamed before saving')
  await page.keyboard.press('Control+S')
  await expect(page.getByTestId('save-as-dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('save-as-dialog')).toBeHidden()
  await expect(name).toBeFocused()
  await expect(name).toHaveValue('Renamed before saving')
  // A shortcut that opens no dialog (the components panel, twice): a later dialog does not send the focus there.
  await name.fill('Renamed again')
  await page.keyboard.press('Control+b')
  await page.keyboard.press('Control+b')
  await expect(name).not.toBeFocused()
  await page.keyboard.press('Control+K')
  await expect(page.getByTestId('command-palette')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('command-palette')).toBeHidden()
  await expect(name).not.toBeFocused()
})

test('the suppress dialog takes the reason as typed: Space and Enter go into the field, not to the close button', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(TEMPLATE)
  const problem = page.getByTestId('problem').first()
  const ruleId = await problem.getAttribute('data-rule-id')
  await problem.hover()
  await problem.getByTestId('suppress').click()
  const dialog = page.getByTestId('suppress-dialog')
  await expect(dialog.getByTestId('suppress-reason')).toBeFocused()
  // Typed straight away, as a person does: a space first, then words, then a line break.
  await page.keyboard.type(' accepted until launch')
  await page.keyboard.press('Enter')
  await page.keyboard.type('owner: platform team')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('suppress-reason')).toHaveValue(' accepted until launch\nowner: platform team')
  await dialog.getByTestId('suppress-confirm').click()
  await expect(dialog).toBeHidden()
  await expect(page.locator(`[data-testid="suppressed-problem"][data-rule-id="${ruleId}"]`)).toHaveCount(1)
  // Nothing typed reached the canvas: the design kept all its components.
  await expect(editor.nodes).toHaveCount(10)
})

test('the export dialog is styled: the preview shows the whole picture inside the dialog, settings in a column', async ({ page }) => {
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size)
    const editor = new EditorPage(page)
    await editor.goto()
    await editor.openFile(TEMPLATE)
    await expect(editor.node('web')).toBeVisible()
    await page.getByTestId('export-menu').click()
    await page.getByTestId('export-png').click()
    const dialog = page.getByTestId('export-dialog')
    await expect(dialog).toBeVisible()
    const frame = (await dialog.boundingBox())!
    const image = dialog.getByTestId('export-preview').locator('img')
    await expect(image).toBeVisible()
    const shown = (await image.boundingBox())!
    // Inside the dialog and the window, never wider than its column.
    expect(shown.x).toBeGreaterThanOrEqual(frame.x)
    expect(shown.x + shown.width).toBeLessThanOrEqual(frame.x + frame.width)
    expect(frame.y + frame.height).toBeLessThanOrEqual(size.height)
    // object-fit: contain scales the whole picture into the box (a cropped corner had natural size > box).
    const fit = await image.evaluate((img: HTMLImageElement) => ({ fit: getComputedStyle(img).objectFit, w: img.naturalWidth }))
    expect(fit.fit).toBe('contain')
    expect(fit.w).toBeGreaterThan(0)
    // The settings sit in a column to the right of the preview, each group below the last.
    const format = (await dialog.locator('fieldset').nth(0).boundingBox())!
    const scale = (await dialog.locator('fieldset').nth(1).boundingBox())!
    expect(format.x).toBeGreaterThan(shown.x + shown.width - 1)
    expect(scale.y).toBeGreaterThan(format.y + format.height - 1)
    expect(Math.abs(scale.x - format.x)).toBeLessThan(1)
    await page.keyboard.press('Escape')
  }
})
