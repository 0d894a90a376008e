import { readFileSync } from 'node:fs'
import { expect, type Locator, type Page } from '@playwright/test'
import { parseDesign } from '../../src/core/design'
import type { Design } from '../../src/core/design/types'

/** File > New from template: the gallery dialog and its cards. */
export class TemplateGalleryPage {
  readonly dialog: Locator
  readonly cards: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('template-gallery')
    this.cards = this.dialog.getByTestId('template')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('new-from-template').click()
    await expect(this.dialog).toBeVisible()
  }

  card(id: string): Locator {
    return this.dialog.locator(`[data-testid="template"][data-template-id="${id}"]`)
  }

  async choose(id: string): Promise<void> {
    await this.card(id).click()
    await expect(this.dialog).toBeHidden()
  }
}

/** A shipped template as the app parses it, for comparing what the app shows or exports. */
export function readTemplate(id: string): Design {
  const parsed = parseDesign(readFileSync(`resources/templates/${id}.archsight`, 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.design
}

export function readTemplateIndex(): { id: string; name: string; description: string }[] {
  return JSON.parse(readFileSync('resources/templates/index.json', 'utf8'))
}
