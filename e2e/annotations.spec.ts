import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import AxeBuilder from '@axe-core/playwright'
import { analyze, applyPatch, type Diagnostic } from '../src/core/analysis'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { createEmptyDesign, serializeDesign, type Design } from '../src/core/design'
import { ProblemsPage } from './pages/ProblemsPage'

const repoRoot = resolve(import.meta.dirname, '..')
const TICKETMASTER = resolve(repoRoot, '../shared/examples/ticketmaster-onsale.archsight')
const TICKETMASTER_COPY = resolve(repoRoot, 'resources/templates/ticketmaster-onsale.archsight')

function ticketmasterPath(): string {
  try {
    readFileSync(TICKETMASTER)
    return TICKETMASTER
  } catch {
    return TICKETMASTER_COPY
  }
}

test('draw client -> nginx -> service -> postgres: SPOFs flagged, a quick fix clears one, the database settings change CAP', async ({ page }) => {
  const problems = new ProblemsPage(page)
  const { editor } = problems
  await editor.goto()

  await editor.dragToCanvas('client', 'web', { x: 120, y: 200 })
  await editor.dragToCanvas('load-balancer', 'nginx', { x: 360, y: 200 })
  await editor.dragToCanvas('service', 'generic', { x: 600, y: 200 })
  await editor.dragToCanvas('relational-db', 'postgres', { x: 600, y: 400 })
  await editor.connect('web-1', 'nginx-1')
  await editor.connect('nginx-1', 'service-1')
  await editor.connect('service-1', 'postgres-1')
  await expect(editor.edges).toHaveCount(3)

  for (const id of ['nginx-1', 'service-1', 'postgres-1']) {
    await expect(problems.spofMark(id)).toHaveAttribute('data-scope', 'user-facing')
    await expect(problems.badge(id)).toHaveAttribute('data-severity', 'error')
    await expect(problems.problem('single-point-of-failure', id)).toHaveAttribute('data-severity', 'error')
  }
  await expect(problems.spofMark('web-1')).toHaveCount(0)
  // The ring takes the colour of the finding (an error here), as in the exported picture.
  await expect(editor.node('nginx-1')).toHaveClass(/\bis-spof\b/)
  await expect(editor.node('nginx-1')).toHaveClass(/\bsev-error\b/)
  await expect(problems.capChip('postgres-1')).toHaveAttribute('data-cap', 'CA')
  await expect(problems.capChip('service-1')).toHaveCount(0)
  await expect(problems.summary).toHaveAttribute('data-write-cap', 'CA')
  await expect(problems.summary).toHaveAttribute('data-profile', 'none')
  // The problems list, with its groups of findings, is a well-formed list (axe's "list" once failed on its groups).
  const axe = await new AxeBuilder({ page }).include('[data-testid="problems-panel"]').analyze()
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])

  // The quick fix on the service: one step that the finding and the mark go with, and one undo brings back.
  await problems.applyQuickFix('single-point-of-failure', 'service-1')
  await expect(problems.problem('single-point-of-failure', 'service-1')).toHaveCount(0)
  // The fixed row took the focus away with it: the row now in its place has it, so the keyboard stays in the list.
  await expect(problems.panel.locator('[data-testid="problem"]:focus')).toHaveCount(1)
  await expect(problems.panel.locator('[data-testid="problem"]:focus')).toHaveAttribute('aria-current', 'true')
  await expect(problems.spofMark('service-1')).toHaveCount(0)
  await expect(editor.node('service-1')).not.toHaveClass(/is-spof/)
  await expect(editor.node('service-1')).toContainText('x2')
  await page.keyboard.press('Control+Z')
  await expect(problems.spofMark('service-1')).toHaveCount(1)
  await page.keyboard.press('Control+Shift+Z')
  await expect(problems.spofMark('service-1')).toHaveCount(0)

  // One replica, async, automatic failover: CP that may lose writes, and the warning that says so.
  await editor.node('postgres-1').click()
  await editor.setField('replicas', '1')
  await editor.field('replication').selectOption('async')
  await editor.field('failover').selectOption('automatic')
  await expect(problems.capChip('postgres-1')).toHaveAttribute('data-cap', 'CP')
  await expect(problems.capChip('postgres-1')).toHaveAttribute('title', /may lose writes/)
  await expect(problems.summary).toHaveAttribute('data-write-cap', 'CP')
  await expect(problems.problem('async-failover-may-lose-writes', 'postgres-1')).toHaveAttribute('data-severity', 'warning')
  await expect(problems.problem('single-point-of-failure', 'postgres-1')).toHaveCount(0)
  await expect(editor.inspector.getByTestId('inspector-cap')).toContainText('conventional label')
  await expect(editor.inspector.getByTestId('inspector-cap')).toContainText('sync replication')
})

test('Ticketmaster: the strong seat hold on an AP store is an error on its edge; a row takes you there', async ({ page }) => {
  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  await problems.editor.openFile(ticketmasterPath())
  const row = problems.problem('consistency-mismatch', 'hold-seat')
  await expect(row).toHaveAttribute('data-severity', 'error')
  await expect(problems.edgeLabel('hold-seat')).toHaveClass(/\bhas-finding sev-error\b/)
  await expect(problems.summary).toHaveAttribute('data-write-cap', 'AP')
  await expect(problems.summary).toHaveAttribute('data-read-cap', 'AP')
  await expect(problems.summary).toHaveAttribute('data-profile', 'write-heavy')
  await expect(problems.spofMark('payment-worker')).toHaveAttribute('data-scope', 'background')
  await expect(problems.spofMark('orders-db')).toHaveAttribute('data-scope', 'background')
  await expect(problems.spofMark('holds-cache')).toHaveCount(0)

  // Keyboard: the first row takes focus, arrows move, Enter selects the target in the inspector.
  await row.click()
  await expect(problems.editor.inspector).toContainText('Connection')
  await problems.rows.first().focus()
  await page.keyboard.press('ArrowDown')
  await expect(problems.rows.nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(problems.rows.first()).toBeFocused()

  // A count in the summary shows only that severity.
  await page.getByTestId('summary-count-warning').click()
  await expect(problems.rows.first()).toHaveAttribute('data-severity', 'warning')
  await expect(problems.panel.locator('[data-testid="problem"][data-severity="error"]')).toHaveCount(0)
  await page.getByTestId('summary-count-warning').click()
  await expect(row).toBeVisible()
})

test('suppress with a reason, save, reload, reopen: still suppressed, and Unsuppress brings it back', async ({ page }) => {
  const problems = new ProblemsPage(page)
  const { editor } = problems
  await editor.goto()
  await editor.openFile(ticketmasterPath())
  const row = problems.problem('cache-without-ttl', 'holds-cache')
  await expect(row).toBeVisible()
  const warnings = Number(await page.getByTestId('summary-count-warning').getAttribute('data-count'))

  // An empty reason is refused in the dialog.
  await row.hover()
  await row.getByTestId('suppress').click()
  await page.getByTestId('suppress-confirm').click()
  await expect(page.getByTestId('suppress-error')).toContainText('Give a reason')
  await page.getByTestId('suppress-dialog').getByRole('button', { name: 'Cancel' }).click()

  await problems.suppress('cache-without-ttl', 'holds-cache', 'Holds expire with the on-sale window')
  await expect(row).toHaveCount(0)
  await expect(page.getByTestId('summary-count-warning')).toHaveAttribute('data-count', String(warnings - 1))

  const download = await editor.save()
  const saved = join(tmpdir(), `archsight-annot-${Date.now()}`, download.suggestedFilename())
  await download.saveAs(saved)
  const file = JSON.parse(readFileSync(saved, 'utf8'))
  expect(file.suppressions).toContainEqual({ rule: 'cache-without-ttl', target: 'holds-cache', reason: 'Holds expire with the on-sale window' })

  await page.reload()
  await expect(editor.nodes).toHaveCount(0)
  await editor.openFile(saved)
  await expect(problems.problem('consistency-mismatch', 'hold-seat')).toBeVisible()
  await expect(row).toHaveCount(0)
  await problems.openSuppressed()
  const suppressed = problems.suppressed('cache-without-ttl', 'holds-cache')
  await expect(suppressed).toContainText('Holds expire with the on-sale window')
  await suppressed.getByTestId('unsuppress').click()
  await expect(row).toBeVisible()
})

test('rules view: turning a rule off for this design removes its findings in one undoable step', async ({ page }) => {
  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  await problems.editor.openFile(ticketmasterPath())
  await expect(problems.problem('no-observability')).toBeVisible()
  await page.getByTestId('open-rules').click()
  const dialog = page.getByTestId('rules-dialog')
  await dialog.getByTestId('rules-filter').fill('observability')
  const rule = dialog.locator('[data-testid="rule-row"][data-rule-id="no-observability"]')
  await expect(rule).toContainText('send logs nowhere')
  await rule.getByTestId('rule-setting').selectOption('off')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(problems.problem('no-observability')).toHaveCount(0)
  await page.keyboard.press('Control+Z')
  await expect(problems.problem('no-observability')).toBeVisible()
})

test('heat view and workload derivation', async ({ page }) => {
  const problems = new ProblemsPage(page)
  const { editor } = problems
  await editor.goto()
  await editor.openFile(resolve(repoRoot, 'resources/templates/twitter-timeline.archsight'))
  await expect(problems.summary).toHaveAttribute('data-profile', 'read-heavy')
  await page.getByTestId('heat-toggle').click()
  await expect(page.getByTestId('heat-legend')).toBeVisible()
  await expect(editor.node('timeline-svc')).toHaveClass(/heat-cool/)
  // The template is sized like Twitter in 2013 (issue 8): ~298,000 timeline reads/s against 500,000 (59.6 %,
  // shown at two significant figures).
  await expect(editor.node('timeline-svc').getByTestId('heat-pill')).toHaveText('60 %')
  await page.keyboard.press('Shift+H')
  await expect(page.getByTestId('heat-legend')).toBeHidden()

  // Nothing selected: the design inspector shows the derivation, rounded to 3 significant figures.
  await editor.canvas.click({ position: { x: 10, y: 10 } })
  const steps = editor.inspector.getByTestId('workload-step')
  await expect(steps.nth(1)).toContainText('Daily users (given)')
  await expect(steps.nth(1)).toContainText('100,000,000')
  await expect(steps.nth(3)).toContainText('304,000')
  await expect(editor.inspector.getByTestId('workload-verdict')).toHaveAttribute('data-verdict', /suited|at-risk/)

  await editor.node('timeline-svc').click()
  await expect(editor.inspector.getByTestId('inspector-load')).toContainText('298,000 req/s')
  await expect(editor.inspector.getByTestId('inspector-load')).toContainText('500,000 req/s')
})

test('a large design is analysed off the main thread and its findings still arrive and follow edits', async ({ page }) => {
  const design = generateDesign(400)
  const before = analyze(design).diagnostics.filter((d) => !d.suppressed)
  const targetOf = (d: Diagnostic) => (d.target.type === 'design' ? '' : d.target.id)
  // The first fix (in panel order) whose finding the core says goes away once applied.
  const fixable = before.find(
    (d) => d.fix && !analyze(applyPatch(design, d.fix.patch)).diagnostics.some((n) => n.ruleId === d.ruleId && targetOf(n) === targetOf(d)),
  )
  if (!fixable?.fix) throw new Error('the generated design should have a finding with a fix')
  const after = analyze(applyPatch(design, fixable.fix.patch)).diagnostics.filter((d) => !d.suppressed)
  const count = (list: Diagnostic[]) => String(list.filter((d) => d.severity === fixable.severity).length)
  const path = join(mkdtempSync(join(tmpdir(), 'archsight-large-')), 'large.archsight')
  writeFileSync(path, serializeDesign(design))

  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  await problems.editor.openFile(path)
  const counter = page.getByTestId(`summary-count-${fixable.severity}`)
  // The summary's counts appear with the opened design's own result, seconds after the open at this size.
  await expect(counter).toHaveAttribute('data-count', count(before), { timeout: 20_000 })
  await problems.applyQuickFix(fixable.ruleId, targetOf(fixable))
  await expect(problems.problem(fixable.ruleId, targetOf(fixable))).toHaveCount(0)
  await expect(counter).toHaveAttribute('data-count', count(after))
})

/** A file of a generated design of `size` nodes, written for the page to open. */
function writeGenerated(size: number, name: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'archsight-opening-')), `${name}.archsight`)
  writeFileSync(path, serializeDesign(generateDesign(size)))
  return path
}

/**
 * Opens `path` (a design of far more than 50 cards) and returns every text the problems list's empty line showed
 * with the opened design on the canvas, at each change of the page until its findings are listed. Before the
 * cards arrive the line still speaks of the design on screen, and may say it is clean.
 */
async function emptyLinesWhileOpening(problems: ProblemsPage, path: string): Promise<string[]> {
  const { page } = problems.editor
  await page.evaluate(() => {
    const seen = new Set<string>()
    ;(window as unknown as { __emptyTexts: Set<string> }).__emptyTexts = seen
    new MutationObserver(() => {
      if (document.querySelectorAll('.react-flow__node').length <= 50) return
      const text = document.querySelector('[data-testid="problems-empty"]')?.textContent
      if (text) seen.add(text)
      // Nor may the summary bar show the counts of the design open before (the generated one has warnings).
      if (document.querySelector('[data-testid="summary-count-warning"]')?.getAttribute('data-count') === '0') seen.add('summary: 0 warnings')
    }).observe(document.body, { childList: true, subtree: true, characterData: true })
  })
  await problems.editor.openFile(path)
  await expect(page.locator('.problems-list')).toBeVisible({ timeout: 20_000 })
  return page.evaluate(() => [...(window as unknown as { __emptyTexts: Set<string> }).__emptyTexts])
}

test('a large design opened onto the empty canvas is never called clean while its findings are on their way', async ({ page }) => {
  const path = writeGenerated(400, 'opening')
  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  await expect(page.getByTestId('problems-empty')).toContainText('No problems in this design')
  const texts = await emptyLinesWhileOpening(problems, path)
  expect(texts.filter((t) => t.includes('No problems'))).toEqual([])
})

test('opened over a clean design, a large one is not called clean with the old design\'s all-clear either', async ({ page }) => {
  // One zone and nothing else: a design with cards and no findings.
  const clean = { ...createEmptyDesign('Clean'), nodes: [{ id: 'z', kind: 'zone', label: 'Region', position: { x: 80, y: 80 } }] } as Design
  const cleanPath = join(mkdtempSync(join(tmpdir(), 'archsight-clean-')), 'clean.archsight')
  writeFileSync(cleanPath, serializeDesign(clean))
  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  await problems.editor.openFile(cleanPath)
  await expect(page.getByTestId('problems-empty')).toContainText('No problems in this design')
  const texts = await emptyLinesWhileOpening(problems, writeGenerated(400, 'over-clean'))
  expect(texts.filter((t) => t.includes('No problems') || t.startsWith('summary'))).toEqual([])
  await expect(page.getByTestId('summary-count-warning')).not.toHaveAttribute('data-count', '0')
  await expect(page.getByTestId('problems-analysing')).toHaveCount(0)
})

test('opened over a design with the same card ids, the new cards never wear the old design\'s marks while theirs are on the way', async ({ page }) => {
  // B is A with seven copies of every card: most of A's single points of failure are not B's.
  const a = generateDesign(400)
  const b = { ...a, name: 'Seven copies', nodes: a.nodes.map((n) => (n.kind === 'zone' ? n : { ...n, props: { ...n.props, instances: 7 } })) }
  const dir = mkdtempSync(join(tmpdir(), 'archsight-same-ids-'))
  writeFileSync(join(dir, 'a.archsight'), serializeDesign(a))
  writeFileSync(join(dir, 'b.archsight'), serializeDesign(b))
  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  await problems.editor.openFile(join(dir, 'a.archsight'))
  await expect(page.locator('.problems-list')).toBeVisible({ timeout: 30_000 })
  const spofCardsOfA = await page.locator('.react-flow__node-component:has([data-testid="spof-mark"])').count()
  expect(spofCardsOfA).toBeGreaterThan(10)

  await page.evaluate(() => {
    const seen = new Set<string>()
    ;(window as unknown as { __marked: Set<string> }).__marked = seen
    new MutationObserver(() => {
      for (const card of document.querySelectorAll('.react-flow__node-component')) {
        // Only B's cards (A has no card of seven copies) that wear a SPOF mark.
        const isB = card.querySelector('[data-testid="node-count"]')?.textContent?.includes('7')
        if (isB && card.querySelector('[data-testid="spof-mark"]')) seen.add(card.getAttribute('data-id') ?? '')
      }
    }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true })
  })
  await problems.editor.openFile(join(dir, 'b.archsight'))
  // B is on the canvas (its cards count seven copies) before its analysis is waited for: on a busy machine the
  // file is read after A's settled state has already passed these checks.
  await expect(page.locator('.react-flow__node-component [data-testid="node-count"]', { hasText: '7' }).first()).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('problems-analysing')).toHaveCount(0, { timeout: 30_000 })
  await expect(page.locator('.problems-list')).toBeVisible({ timeout: 30_000 })
  const settled = await page.locator('.react-flow__node-component:has([data-testid="spof-mark"])').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id') ?? ''))
  const marked = await page.evaluate(() => [...(window as unknown as { __marked: Set<string> }).__marked])
  // Every mark a B card showed at any moment is one B's own analysis gives it.
  expect(marked.filter((id) => !settled.includes(id))).toEqual([])
  expect(settled.length).toBeLessThan(spofCardsOfA)
})

test('a long findings list is one list to a screen reader, its keys reach both ends, and a focused row keeps the focus when a row above it comes back', async ({ page }) => {
  const design = generateDesign(400)
  const targetOf = (d: Diagnostic) => (d.target.type === 'design' ? '' : d.target.id)
  const fixable = analyze(design).diagnostics.find(
    (d) => d.fix && !analyze(applyPatch(design, d.fix.patch)).diagnostics.some((n) => n.ruleId === d.ruleId && targetOf(n) === targetOf(d)),
  )
  if (!fixable?.fix) throw new Error('the generated design should have a finding with a fix')
  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  await problems.editor.openFile(writeGenerated(400, 'long-list'))
  const rows = problems.panel.getByTestId('problem')
  await expect(problems.problem(fixable.ruleId, targetOf(fixable))).toHaveCount(1, { timeout: 20_000 })
  const count = await rows.count()
  // Far more rows than one block of them (ProblemsPanel's CHUNK_ROWS, 32).
  expect(count).toBeGreaterThan(100)
  // The rows come in blocks the browser may skip, but a screen reader hears one list a group.
  const groups = problems.panel.locator('.problems-group')
  const groupLists = groups.getByRole('list')
  await expect(groupLists).toHaveCount(await groups.count())
  let listed = 0
  for (const list of await groupLists.all()) {
    const items = list.getByRole('listitem')
    const size = await items.count()
    listed += size
    // The browser leaves rows of blocks it skips out of its accessibility tree: each row says its place itself.
    await expect(items.last()).toHaveAttribute('aria-posinset', String(size))
    await expect(items.last()).toHaveAttribute('aria-setsize', String(size))
    await expect(items.nth(40)).toHaveAttribute('aria-posinset', '41')
  }
  expect(listed).toBe(count)

  await rows.first().focus()
  await page.keyboard.press('End')
  await expect(rows.last()).toBeFocused()
  await expect(rows.last()).toBeInViewport()
  await page.keyboard.press('Home')
  await expect(rows.first()).toBeFocused()

  // A fixed finding goes; its undo brings it back, one place above every row after it: the last row of its block
  // (blocks are counted in each severity's group) moves into the next block, a new element there, and keeps the focus.
  const fixedRow = problems.problem(fixable.ruleId, targetOf(fixable))
  const [groupAt, at] = await fixedRow.evaluate((row) => {
    const group = row.closest('.problems-group')!
    return [[...group.parentElement!.children].indexOf(group), [...group.querySelectorAll('[data-testid="problem"]')].indexOf(row)]
  })
  const group = groups.nth(groupAt)
  // By mouse, with the first row still the list's active one: the row that takes the fixed one's place has the focus.
  await problems.applyQuickFix(fixable.ruleId, targetOf(fixable))
  await expect(fixedRow).toHaveCount(0)
  await expect(group.getByTestId('problem').nth(at)).toBeFocused()
  const blockEnd = 31 + 32 * Math.floor(at / 32)
  expect(await group.getByTestId('problem').count()).toBeGreaterThan(blockEnd + 1)
  const focused = group.getByTestId('problem').nth(blockEnd)
  const rule = await focused.getAttribute('data-rule-id')
  const target = await focused.getAttribute('data-target-id')
  await focused.focus()
  await page.keyboard.press('Control+z')
  await expect(problems.problem(fixable.ruleId, targetOf(fixable))).toHaveCount(1)
  const now = page.locator('[data-testid="problem"]:focus')
  await expect(now).toHaveAttribute('data-rule-id', rule!)
  await expect(now).toHaveAttribute('data-target-id', target!)
})
