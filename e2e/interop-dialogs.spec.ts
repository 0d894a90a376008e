import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design'
import { DRAWINGS, InteropPage, TEMPLATE, writeTemp } from './pages/InteropPage'

// Issue 14 in the app: import a real draw.io drawing with its report, export draw.io and import it back,
// Copy as Mermaid, and Compare with another version. The file name ends in dialogs.spec.ts, so the "dev"
// project (the dev server, StrictMode) runs these journeys too.

const SERVERLESS = join(DRAWINGS, '04-bansheebuddy-aws-serverless.drawio')
const API_ID = '1g_JZ47R_lxXqYcb-9b_-14'

test('open a template, import a drawing: report first, Cancel keeps the design, Open design is untitled and Save goes to Save As', async ({ page }) => {
  const app = new InteropPage(page)
  await app.editor.goto()
  await app.editor.openFile(TEMPLATE)
  await expect(app.editor.node('timeline-svc')).toBeVisible()

  await app.importDrawing(SERVERLESS)
  await expect(app.report).toContainText('9 mapped, 0 guessed, 0 zones, 9 edges, 4 left out')
  await expect(app.report.getByTestId('import-mapped')).toContainText('userDB')
  await expect(app.report.getByTestId('import-mapped')).toContainText('AWS icon dynamodb')
  await expect(app.report.getByTestId('import-skipped')).toContainText('Archsight has no kind for it')
  await app.expectNoSeriousViolations('[data-testid="import-report-dialog"]')
  await app.report.getByTestId('import-cancel').click()
  await expect(app.report).toBeHidden()
  await expect(app.editor.node('timeline-svc')).toBeVisible()
  await expect(page).toHaveTitle('twitter-timeline.archsight — Archsight')

  // An edit makes the design dirty: Open design asks first, as File > Open does.
  await app.editor.node('web').click()
  await page.keyboard.press('Delete')
  await app.importDrawing(SERVERLESS)
  await app.report.getByTestId('import-open').click()
  await expect(page.getByTestId('confirm-discard')).toBeVisible()
  await page.getByTestId('confirm-discard').click()
  await expect(app.report).toBeHidden()
  await expect(app.editor.node(API_ID)).toBeVisible()
  await expect(app.editor.node('timeline-svc')).toHaveCount(0)
  await expect(page).toHaveTitle('04-bansheebuddy-aws-serverless — Archsight')

  // Save never writes to the drawing: it asks for a name, proposing a .archsight file.
  const download = page.waitForEvent('download')
  await page.keyboard.press('Control+S')
  const saveAs = page.getByTestId('save-as-dialog')
  await expect(saveAs).toBeVisible()
  await expect(page.getByTestId('save-as-name')).toHaveValue('04-bansheebuddy-aws-serverless.archsight')
  await page.getByTestId('save-as-confirm').click()
  expect((await download).suggestedFilename()).toBe('04-bansheebuddy-aws-serverless.archsight')
})

test('a broken drawing names the problem and changes nothing; a dropped drawing shows its report', async ({ page }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the journeys whose state must survive a double mount; this one is the same page')
  const app = new InteropPage(page)
  await app.editor.goto()
  await app.editor.openFile(TEMPLATE)
  await app.choose('file.importDrawio', writeTemp('broken.drawio', '<mxfile><diagram><mxGraphModel><root>'))
  await expect(app.editor.errorBanner).toContainText('Could not import broken.drawio: The file is not well-formed XML')
  await expect(app.report).toBeHidden()
  await expect(app.editor.node('timeline-svc')).toBeVisible()

  const overview = readFileSync(join(DRAWINGS, '03-system-overview-generic.drawio'), 'utf8')
  await app.drop('overview.drawio', overview)
  await expect(app.report).toBeVisible()
  await expect(app.report.getByTestId('import-guessed')).toContainText('Guessed from a label')
  await page.keyboard.press('Escape')
  await expect(app.report).toBeHidden()
  await expect(app.editor.node('timeline-svc')).toBeVisible()
  // Beside the canvas (here the inspector) too: the window takes the drop instead of navigating to the file.
  await app.drop('overview.drawio', overview, app.editor.inspector)
  await expect(app.report).toBeVisible()
  await app.report.getByTestId('import-cancel').click()
  await expect(app.editor.node('timeline-svc')).toBeVisible()
})

test('Export draw.io saves an editable .drawio that imports back with the same components', async ({ page }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the journeys whose state must survive a double mount; this one is the same page')
  const app = new InteropPage(page)
  await app.editor.goto()
  await app.editor.openFile(TEMPLATE)
  await page.getByTestId('export-menu').click()
  await page.getByTestId('export-drawio').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog).toContainText('An editable draw.io diagram: 10 shapes, 12 edges')
  await app.expectNoSeriousViolations('[data-testid="export-dialog"]')
  const download = page.waitForEvent('download')
  await dialog.getByTestId('export-confirm').click()
  const file = await download
  expect(file.suggestedFilename()).toBe('twitter-timeline.drawio')
  const path = await file.path()
  expect(readFileSync(path, 'utf8')).toContain('<mxfile')

  await app.importDrawing(writeTemp('round-trip.drawio', readFileSync(path, 'utf8')))
  await expect(app.report).toContainText('10 mapped, 0 guessed')
  await app.report.getByTestId('import-open').click()
  for (const id of ['timeline-svc', 'tweets-db', 'fanout', 'logs']) await expect(app.editor.node(id)).toBeVisible()
})

test('Copy as Mermaid puts the flowchart on the clipboard and says so', async ({ page, context }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the journeys whose state must survive a double mount; this one is the same page')
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const app = new InteropPage(page)
  await app.editor.goto()
  await app.editor.openFile(TEMPLATE)
  await expect(app.editor.node('timeline-svc')).toBeVisible()
  await page.getByTestId('export-menu').click()
  await page.getByTestId('export-mermaid').click()
  await expect(page.getByTestId('toast')).toContainText('Copied a Mermaid flowchart of Twitter home timeline (read-heavy)')
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text.startsWith('flowchart LR\n')).toBe(true)
  expect(text).toContain('Timeline service')
  expect(text).toMatch(/-->|-\.->/)
})

/** The template last week: an archive DB since removed, no logging yet, the tweets DB without standbys. */
function writeOldVersion(): string {
  const design = JSON.parse(readFileSync(TEMPLATE, 'utf8'))
  design.name = 'Twitter timeline (last week)'
  design.nodes = design.nodes.filter((n: { id: string }) => n.id !== 'logs')
  design.edges = design.edges.filter((e: { target: string }) => e.target !== 'logs')
  for (const node of design.nodes) if (node.id === 'tweets-db') node.props = { replicas: 0, shards: 4 }
  design.nodes.push({ id: 'archive-db', kind: 'relational-db', label: 'Archive DB', position: { x: 900, y: 600 } })
  design.edges.push({ id: 'tweet-archive', source: 'tweet-svc', target: 'archive-db', mode: 'async', access: 'write' })
  return writeTemp('last-week.archsight', JSON.stringify(design, null, 2))
}

test('Compare with… marks added and changed nodes, ghosts the removed one, lists finding changes, and leaves the design alone', async ({ page }) => {
  const app = new InteropPage(page)
  await app.editor.goto()
  await app.editor.openFile(TEMPLATE)
  await expect(app.editor.node('timeline-svc')).toBeVisible()
  await app.choose('file.compareWith', writeOldVersion())
  await expect(app.comparePanel).toBeVisible()
  await expect(app.comparePanel.getByRole('heading', { name: 'Compared with last-week.archsight' })).toBeFocused()

  await expect(app.mark('logs')).toHaveAttribute('data-compare-change', 'added')
  await expect(app.mark('logs')).toContainText('Added')
  await expect(app.mark('tweets-db')).toHaveAttribute('data-compare-change', 'changed')
  await expect(app.mark('tweets-db')).toContainText('Changed')
  const ghost = app.mark('archive-db')
  await expect(ghost).toHaveAttribute('data-compare-change', 'removed')
  await expect(ghost).toContainText('Archive DB')
  await expect(ghost).toBeVisible()
  await expect(app.comparePanel.getByTestId('compare-components')).toContainText('props.replicas: 0 → 2')
  await expect(app.comparePanel.getByTestId('compare-introduced')).toContainText('async-failover-may-lose-writes')
  await expect(app.comparePanel.getByTestId('compare-resolved')).toContainText('single-point-of-failure')
  await app.expectNoSeriousViolations('[data-testid="compare-panel"]')

  // Compare mode reads only: nothing to undo, the title not marked unsaved.
  await expect(page.getByTestId('cmd-edit.undo')).toBeDisabled()
  await expect(page).toHaveTitle('twitter-timeline.archsight — Archsight')

  // Keyboard: Tab reaches a row (it shows that node), Escape in the panel leaves compare mode.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(app.comparePanel.locator('.compare-row').first()).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(app.comparePanel).toBeHidden()
  await expect(page.getByTestId('compare-layer')).toHaveCount(0)
  await expect(app.editor.node('timeline-svc')).toBeVisible()
})

test('Import draw.io and Compare with are reachable from the keyboard through the command palette', async ({ page }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the journeys whose state must survive a double mount; this one is the same page')
  const app = new InteropPage(page)
  await app.editor.goto()
  await app.editor.openFile(TEMPLATE)
  await expect(app.editor.node('timeline-svc')).toBeVisible()
  for (const [query, path] of [
    ['import draw', SERVERLESS],
    ['compare with', writeOldVersion()],
  ] as const) {
    const chooser = page.waitForEvent('filechooser')
    await page.keyboard.press('Control+K')
    await page.keyboard.type(query)
    await page.keyboard.press('Enter')
    await (await chooser).setFiles(path)
    if (query === 'import draw') {
      await expect(app.report).toBeVisible()
      await expect(app.report.getByTestId('import-open')).toBeFocused()
      await page.keyboard.press('Shift+Tab')
      await expect(app.report.getByTestId('import-cancel')).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(app.report).toBeHidden()
    } else {
      await expect(app.comparePanel).toBeVisible()
      await page.keyboard.press('Tab')
      await expect(app.comparePanel.getByTestId('compare-leave')).toBeFocused()
      await page.keyboard.press('Enter')
      await expect(app.comparePanel).toBeHidden()
    }
  }
})

for (const size of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`at ${size.width} x ${size.height} Compare with… on a design too large for the smallest zoom shows it whole from top to bottom, clear of the panel where there is room`, async ({ page }) => {
    test.skip(test.info().project.name === 'dev', 'dev runs the journeys whose state must survive a double mount; this one is the same page')
    await page.setViewportSize(size)
    const design = generateDesign(1000)
    const now = writeTemp('large.archsight', serializeDesign(design))
    // Last week: the same design without its last three components, which compare marks as added.
    const added = design.nodes.slice(-3).map((n) => n.id)
    const before = { ...design, nodes: design.nodes.filter((n) => !added.includes(n.id)), edges: design.edges.filter((e) => !added.includes(e.source) && !added.includes(e.target)) }
    const app = new InteropPage(page)
    await app.editor.goto()
    await app.editor.openFile(now)
    const viewport = page.locator('.react-flow__viewport')
    await expect(viewport).toHaveAttribute('style', /scale\(0\.1\)/)
    // Panned away first, so the check sees compare's own fit and not the one on open.
    const canvas = (await app.editor.canvas.boundingBox())!
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
    await page.mouse.wheel(0, 400)
    await app.choose('file.compareWith', writeTemp('large-last-week.archsight', serializeDesign(before)))
    await expect(app.comparePanel).toBeVisible()
    await expect(viewport).toHaveAttribute('style', /scale\(0\.1\)/)
    // The fit animates for 200 ms: wait until the view stands still.
    await expect
      .poll(async () => {
        const first = await viewport.getAttribute('style')
        await page.waitForTimeout(250)
        return first === (await viewport.getAttribute('style'))
      })
      .toBe(true)
    // From the view and the design's box, so a card culled out of view still counts. React Flow's own fit
    // centred the clamped design in the padded room and cut its first row off at the top.
    const view = (await viewport.getAttribute('style'))!.match(/translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/)!.slice(1).map(Number)
    const ys = design.nodes.map((n) => n.position.y)
    const topOnScreen = canvas.y + view[1] + Math.min(...ys) * view[2]
    expect(topOnScreen).toBeGreaterThanOrEqual(canvas.y)
    // And every card and zone rendered (a zone's box reaches above its cards' stored places).
    const rows = await page.locator('.react-flow__node').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })))
    expect(Math.min(...rows.map((r) => r.top))).toBeGreaterThanOrEqual(canvas.y)
    expect(Math.max(...rows.map((r) => r.bottom))).toBeLessThanOrEqual(canvas.y + canvas.height)
    // What compare is for: the added components are on screen and not under the panel. At 1024 px the canvas
    // cannot spare the panel's width (the design is 882 px wide at 10 %), so there the fit uses all of it.
    if (size.width < 1440) return
    const panel = (await app.comparePanel.boundingBox())!
    for (const id of added) {
      const box = (await app.editor.node(id).boundingBox())!
      const x = box.x + box.width / 2
      expect(x, `${id} clear of the panel`).toBeGreaterThan(panel.x + panel.width)
      expect(x, `${id} on the canvas`).toBeLessThan(canvas.x + canvas.width)
    }
  })
}
