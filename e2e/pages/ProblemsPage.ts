import { expect, type Locator, type Page } from '@playwright/test'
import { EditorPage } from './EditorPage'

/** The analysis as a user sees it: node marks, the problems panel, the summary bar. Builds on EditorPage. */
export class ProblemsPage {
  readonly editor: EditorPage
  readonly panel: Locator
  readonly rows: Locator
  readonly suppressedRows: Locator
  readonly summary: Locator

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page)
    this.panel = page.getByTestId('problems-panel')
    this.rows = this.panel.getByTestId('problem')
    this.suppressedRows = this.panel.getByTestId('suppressed-problem')
    this.summary = page.getByTestId('design-summary')
  }

  problem(ruleId: string, targetId = ''): Locator {
    return this.panel.locator(`[data-testid="problem"][data-rule-id="${ruleId}"][data-target-id="${targetId}"]`)
  }

  suppressed(ruleId: string, targetId = ''): Locator {
    return this.panel.locator(`[data-testid="suppressed-problem"][data-rule-id="${ruleId}"][data-target-id="${targetId}"]`)
  }

  badge(nodeId: string): Locator {
    return this.editor.node(nodeId).getByTestId('node-badge')
  }

  capChip(nodeId: string): Locator {
    return this.editor.node(nodeId).getByTestId('cap-chip')
  }

  spofMark(nodeId: string): Locator {
    return this.editor.node(nodeId).getByTestId('spof-mark')
  }

  edgeLabel(edgeId: string): Locator {
    return this.page.locator(`[data-testid="edge-label"][data-edge-id="${edgeId}"]`)
  }

  async applyQuickFix(ruleId: string, targetId = ''): Promise<void> {
    await this.problem(ruleId, targetId).getByTestId('quick-fix').click()
  }

  /** Suppress from the row's action, typing the reason in the in-app dialog. */
  async suppress(ruleId: string, targetId: string, reason: string): Promise<void> {
    await this.problem(ruleId, targetId).hover()
    await this.problem(ruleId, targetId).getByTestId('suppress').click()
    const dialog = this.page.getByTestId('suppress-dialog')
    await expect(dialog).toBeVisible()
    await dialog.getByTestId('suppress-reason').fill(reason)
    await dialog.getByTestId('suppress-confirm').click()
    await expect(dialog).toBeHidden()
  }

  async openSuppressed(): Promise<void> {
    await this.panel.getByTestId('suppressed-section').locator('summary').click()
  }

  async filterText(text: string): Promise<void> {
    await this.panel.getByTestId('problems-filter-text').fill(text)
  }
}
