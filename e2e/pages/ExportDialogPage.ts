import { readFileSync } from 'node:fs'
import { expect, type Download, type Locator, type Page } from '@playwright/test'

type Format = 'png' | 'svg' | 'json'

/** The export dialog, opened from the top bar's Export menu, and the file it downloads. */
export class ExportDialogPage {
  readonly dialog: Locator
  readonly confirm: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('export-dialog')
    this.confirm = page.getByTestId('export-confirm')
  }

  async open(format: Format): Promise<void> {
    await this.page.getByTestId('export-menu').click()
    await this.page.getByTestId(`export-${format}`).click()
    await expect(this.dialog).toBeVisible()
    await expect(this.dialog.getByTestId(`export-format-${format}`)).toBeChecked()
  }

  async choose(settings: { scale?: 1 | 2 | 3; theme?: 'light' | 'dark'; background?: boolean; legend?: boolean }) {
    if (settings.scale) await this.dialog.getByTestId(`export-scale-${settings.scale}`).check()
    if (settings.theme) await this.dialog.getByTestId(`export-theme-${settings.theme}`).check()
    if (settings.background !== undefined) {
      await this.dialog.getByTestId('export-background').setChecked(settings.background)
    }
    if (settings.legend !== undefined) await this.dialog.getByTestId('export-legend').setChecked(settings.legend)
  }

  /** Confirms and returns the downloaded file's name and bytes; the dialog closes. */
  async exportFile(): Promise<{ name: string; bytes: Uint8Array; path: string }> {
    const download: Promise<Download> = this.page.waitForEvent('download')
    await this.confirm.click()
    const file = await download
    const path = await file.path()
    await expect(this.dialog).toBeHidden()
    return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)), path }
  }
}
