import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'
import { EditorPage } from './EditorPage'

/** draw.io files made outside the project: read in place, never copied into the repository. */
export const DRAWINGS = join(import.meta.dirname, '../../../shared/interop/drawio')
export const TEMPLATE = join(import.meta.dirname, '../../resources/templates/twitter-timeline.archsight')

/** Import draw.io, its report dialog, and File > Compare with… as a user drives them. */
export class InteropPage {
  readonly editor: EditorPage
  readonly report: Locator
  readonly comparePanel: Locator

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page)
    this.report = page.getByTestId('import-report-dialog')
    this.comparePanel = page.getByTestId('compare-panel')
  }

  /**
   * Runs a command that opens the file chooser and chooses `path` in it: its top-bar button, or (in a small
   * window, where the button gives way) the command palette.
   */
  async choose(commandId: string, path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser')
    const button = this.page.getByTestId(`cmd-${commandId}`)
    if (await button.isVisible()) {
      await button.click()
    } else {
      await this.page.keyboard.press('Control+K')
      await this.page.keyboard.type(commandId === 'file.importDrawio' ? 'import draw.io' : 'compare with')
      await this.page.keyboard.press('Enter')
    }
    await (await chooser).setFiles(path)
  }

  async importDrawing(path: string): Promise<void> {
    await this.choose('file.importDrawio', path)
    await expect(this.report).toBeVisible()
  }

  /** Drops a file on `target` (the canvas when absent) the way a file manager does. */
  async drop(name: string, text: string, target: Locator = this.editor.canvas): Promise<void> {
    const transfer = await this.page.evaluateHandle(
      ([fileName, content]) => {
        const data = new DataTransfer()
        data.items.add(new File([content], fileName, { type: 'application/xml' }))
        return data
      },
      [name, text] as const,
    )
    await target.dispatchEvent('drop', { dataTransfer: transfer })
  }

  /** A ghost, outline or badge the compare overlay draws for a node. */
  mark(id: string): Locator {
    return this.page.locator(`[data-testid="compare-layer"] [data-compare-node="${id}"]`)
  }

  async expectNoSeriousViolations(selector: string): Promise<void> {
    const results = await new AxeBuilder({ page: this.page }).include(selector).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  }
}

/** A file in a fresh temporary folder (never in the repository). */
export function writeTemp(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'archsight-interop-')), name)
  writeFileSync(path, text)
  return path
}
