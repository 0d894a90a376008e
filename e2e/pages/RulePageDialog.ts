import { expect, type Locator, type Page } from '@playwright/test'

/** A rule's page (docs/rules/<id>.md) in its dialog, opened from a finding or the rules view. */
export class RulePageDialog {
  readonly dialog: Locator
  readonly title: Locator
  readonly body: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('rule-page-dialog')
    this.title = this.dialog.getByRole('heading', { level: 2 })
    this.body = this.dialog.getByTestId('rule-page')
  }

  async expectRule(id: string): Promise<void> {
    await expect(this.dialog).toBeVisible()
    await expect(this.title).toHaveText(id)
  }

  section(title: string): Locator {
    return this.body.getByRole('heading', { level: 3, name: title })
  }

  /** A link in the page's text to another rule's page. */
  link(text: string): Locator {
    return this.body.getByRole('button', { name: text, exact: true })
  }
}
