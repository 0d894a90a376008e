import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { ProblemsPage } from './pages/ProblemsPage'
import { RulePageDialog } from './pages/RulePageDialog'

// A finding links to its rule's page, bundled into the app (offline): open it from a problems row, by mouse
// and by keyboard, follow a link to another rule, open it from the inspector and from the rules view.

const dir = mkdtempSync(join(tmpdir(), 'archsight-rule-pages-'))
const DESIGN = join(dir, 'one-database.archsight')
writeFileSync(
  DESIGN,
  JSON.stringify({
    format: 'archsight',
    version: 1,
    name: 'One database',
    nodes: [
      { id: 'web', kind: 'client', position: { x: 0, y: 0 } },
      { id: 'api', kind: 'service', position: { x: 260, y: 0 }, props: { instances: 2 } },
      { id: 'db', kind: 'relational-db', label: 'Orders DB', position: { x: 520, y: 0 } },
    ],
    edges: [
      { id: 'e1', source: 'web', target: 'api', mode: 'sync', access: 'read-write' },
      { id: 'e2', source: 'api', target: 'db', mode: 'sync', access: 'read-write' },
    ],
  }),
)

async function expectNoSeriousViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}

test("a finding's rule link opens the rule's page in the app, and a link in it opens another rule", async ({ page }) => {
  const problems = new ProblemsPage(page)
  const rulePage = new RulePageDialog(page)
  await problems.editor.goto()
  await problems.editor.openFile(DESIGN)
  const row = problems.problem('single-point-of-failure', 'db')
  await expect(row).toBeVisible()

  const link = row.getByRole('button', { name: 'single-point-of-failure: about this rule' })
  await problems.panel.screenshot({ path: 'test-results/problems-rule-links.png' })
  await link.click()
  await rulePage.expectRule('single-point-of-failure')
  await expect(rulePage.dialog).toContainText('A node without redundancy whose loss alone stops a flow')
  for (const section of ['What it fires on', 'Why it matters', 'Example', 'How to fix it', 'How to suppress it']) {
    await expect(rulePage.section(section)).toBeVisible()
  }
  // The example is shown as code, the Markdown marks are not.
  await expect(rulePage.body.locator('pre code').first()).toContainText('"format": "archsight"')
  await expect(rulePage.body).not.toContainText('**')
  await expect(rulePage.body).not.toContainText('```')
  // The row behind the dialog was not selected by the click on its link.
  await expect(problems.editor.inspector).not.toContainText('Orders DB')

  await page.screenshot({ path: 'test-results/rule-page-dialog.png' })
  await expectNoSeriousViolations(page, '[data-testid="rule-page-dialog"]')

  await rulePage.link('zone-single-point-of-failure').click()
  await rulePage.expectRule('zone-single-point-of-failure')
  await expect(rulePage.body).toBeFocused()
  await expect(rulePage.dialog).toContainText('A zone whose loss stops a user-facing flow')

  await page.keyboard.press('Escape')
  await expect(rulePage.dialog).toBeHidden()
  await expect(link).toBeFocused()
})

test('from the keyboard: Tab reaches the rule link of the active problem, Enter opens the page, Escape closes it', async ({ page }) => {
  const problems = new ProblemsPage(page)
  const rulePage = new RulePageDialog(page)
  await problems.editor.goto()
  await problems.editor.openFile(DESIGN)
  const row = problems.problem('single-point-of-failure', 'db')
  await expect(row).toBeVisible()

  await problems.rows.first().focus()
  await expect(problems.rows.first()).toHaveAttribute('data-rule-id', 'single-point-of-failure')
  await page.keyboard.press('Tab')
  await expect(row.getByTestId('rule-link')).toBeFocused()
  await page.keyboard.press('Enter')
  await rulePage.expectRule('single-point-of-failure')
  await page.keyboard.press('Escape')
  await expect(rulePage.dialog).toBeHidden()
  await expect(row.getByTestId('rule-link')).toBeFocused()
})

test("the inspector's finding and the rules view link to the rule's page too", async ({ page }) => {
  const problems = new ProblemsPage(page)
  const rulePage = new RulePageDialog(page)
  const { editor } = problems
  await editor.goto()
  await editor.openFile(DESIGN)
  await expect(problems.problem('single-point-of-failure', 'db')).toBeVisible()

  await editor.node('db').click()
  const finding = editor.inspector.getByTestId('inspector-findings').locator('[data-rule-id="single-point-of-failure"]')
  await finding.getByTestId('rule-link').click()
  await rulePage.expectRule('single-point-of-failure')
  await page.keyboard.press('Escape')
  await expect(rulePage.dialog).toBeHidden()

  // The rules view: the page opens on top of it, and closing the page leaves the rules view open.
  await problems.panel.getByTestId('open-rules').click()
  const rules = page.getByTestId('rules-dialog')
  await expect(rules).toBeVisible()
  await rules.getByTestId('rules-filter').fill('dual')
  await rules.getByRole('button', { name: 'About the rule dual-write' }).click()
  await rulePage.expectRule('dual-write')
  await expect(rulePage.section('How to suppress it')).toBeVisible()
  await page.screenshot({ path: 'test-results/rule-page-over-rules.png' })
  await expectNoSeriousViolations(page, '[data-testid="rules-dialog"]')
  await page.keyboard.press('Escape')
  await expect(rulePage.dialog).toBeHidden()
  await expect(rules).toBeVisible()
  await expect(rules.getByRole('button', { name: 'About the rule dual-write' })).toBeFocused()
})
