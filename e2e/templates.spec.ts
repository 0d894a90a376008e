import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { readTemplate, readTemplateIndex, TemplateGalleryPage } from './pages/TemplateGalleryPage'

test('the gallery lists every template with its name, description and picture, and opens one', async ({ page }) => {
  const editor = new EditorPage(page)
  const gallery = new TemplateGalleryPage(page)
  const index = readTemplateIndex()
  await editor.goto()
  await gallery.open()
  await expect(gallery.cards).toHaveCount(index.length)
  for (const entry of index) {
    const card = gallery.card(entry.id)
    await expect(card).toContainText(entry.name)
    await expect(card).toContainText(entry.description)
    // The thumbnail is a real, decoded picture.
    const width = () => card.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)
    await expect.poll(width).toBeGreaterThan(0)
  }

  await gallery.choose('twitter-timeline')
  const design = readTemplate('twitter-timeline')
  await expect(editor.nodes).toHaveCount(design.nodes.length)
  await expect(page.getByTestId('document-title')).toContainText(design.name)
  // A new, untitled document with nothing to save yet.
  await expect(page.getByTestId('file-state')).toHaveText('Not saved yet')
  await expect(page.getByTestId('empty-state')).toHaveCount(0)
})

test('choosing a template asks before discarding unsaved changes', async ({ page }) => {
  const editor = new EditorPage(page)
  const gallery = new TemplateGalleryPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 300, y: 200 })
  await expect(editor.nodes).toHaveCount(1)

  await gallery.open()
  await gallery.card('chat-service').click()
  const confirm = page.getByTestId('confirm-dialog')
  await expect(confirm).toContainText(/save the changes to the current design/)
  await confirm.getByTestId('confirm-cancel').click()
  await expect(editor.nodes).toHaveCount(1)
  await expect(gallery.dialog).toBeVisible()

  await gallery.card('chat-service').click()
  await confirm.getByTestId('confirm-discard').click()
  await expect(gallery.dialog).toBeHidden()
  await expect(editor.nodes).toHaveCount(readTemplate('chat-service').nodes.length)
  // Undo history starts fresh with the template: there is nothing to undo back into the old design.
  await expect(page.getByTestId('cmd-edit.undo')).toBeDisabled()
})

test('the empty canvas offers the templates as cards; Escape closes the gallery untouched', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  const cards = page.getByTestId('empty-state').getByTestId('template')
  await expect(cards).toHaveCount(readTemplateIndex().length)
  await cards.filter({ hasText: 'URL shortener' }).click()
  await expect(editor.nodes).toHaveCount(readTemplate('url-shortener').nodes.length)

  // The first card has the focus; Escape closes the gallery without changing anything.
  const gallery = new TemplateGalleryPage(page)
  await gallery.open()
  await expect(gallery.cards.first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('template-gallery')).toBeHidden()
  await expect(editor.nodes).toHaveCount(readTemplate('url-shortener').nodes.length)
})

test('the same template opened twice in a row shows its findings again, not "Analysing…" forever', async ({ page }) => {
  const editor = new EditorPage(page)
  const gallery = new TemplateGalleryPage(page)
  await editor.goto()
  for (let i = 0; i < 2; i++) {
    await gallery.open()
    await gallery.choose('twitter-timeline')
    await expect(page.getByTestId('summary-count-warning')).toBeVisible()
    await expect(page.getByTestId('problem').first()).toBeVisible()
    await expect(page.getByTestId('problems-analysing')).toHaveCount(0)
  }
})
