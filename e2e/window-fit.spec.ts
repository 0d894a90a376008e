import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

const TEMPLATE = join(import.meta.dirname, '../resources/templates/twitter-timeline.archsight')
const SHOP = join(import.meta.dirname, 'fixtures/zoned-shop.archsight')

/** True when the element shows all of its text: nothing cut by overflow or an ellipsis. */
const isWhole = (locator: Locator) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)

async function expectNoOverlap(boxes: { name: string; box: { x: number; y: number; width: number; height: number } }[]) {
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.box.x + a.box.width <= b.box.x + 0.5 || b.box.x + b.box.width <= a.box.x + 0.5
      expect(apart, `${a.name} overlaps ${b.name}`).toBe(true)
    }
  }
}

async function namedBox(page: Page, testId: string) {
  const box = await page.getByTestId(testId).boundingBox()
  if (!box) throw new Error(`${testId} is not on screen`)
  return { name: testId, box }
}

test('at 1024x700 the top bar, the problems and the palette stay readable, and the side panels fold away', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(SHOP)
  await expect(editor.node('db')).toBeVisible()

  // Top bar: chips side by side with their whole text, nothing pushed out of the window.
  const chips = ['summary-write-cap', 'summary-read-cap', 'summary-workload', 'summary-count-error']
  await expectNoOverlap(await Promise.all(chips.map((id) => namedBox(page, id))))
  for (const id of chips) expect(await isWhole(page.getByTestId(id)), id).toBe(true)
  for (const id of ['cmd-view.toggleInspector', 'cmd-view.commandPalette']) {
    const box = (await namedBox(page, id)).box
    expect(box.x + box.width).toBeLessThanOrEqual(1024)
  }
  expect(await isWhole(page.locator('.top-bar'))).toBe(true)
  // With unsaved changes the file state is its dot, clear of the tools (its words overlapped them here); the
  // words stay for assistive technology.
  await editor.node('db').click()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('file-state')).toHaveClass(/is-dirty/)
  await expect(page.getByTestId('file-state')).toHaveText('● Unsaved changes')
  const state = (await namedBox(page, 'file-state')).box
  const firstTool = (await page.locator('.top-bar__tools > *').first().boundingBox())!
  expect(state.x + state.width).toBeLessThanOrEqual(firstTool.x)
  expect(await isWhole(page.locator('.top-bar'))).toBe(true)
  await page.keyboard.press('Control+z')

  // Problems: every message readable in full (it wraps), every quick fix inside the panel.
  const panel = (await page.getByTestId('problems-panel').boundingBox())!
  const messages = page.locator('[data-testid="problem"] .problem-row__message')
  expect(await messages.count()).toBeGreaterThan(3)
  for (const message of await messages.all()) expect(await isWhole(message)).toBe(true)
  const fixes = page.getByTestId('quick-fix')
  expect(await fixes.count()).toBeGreaterThan(0)
  for (const fix of await fixes.all()) {
    await fix.scrollIntoViewIfNeeded()
    const box = (await fix.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width)
    expect(await isWhole(fix.locator('span'))).toBe(true)
  }

  // Palette: the names are whole; the kind beside a name is what gives way.
  for (const label of await page.locator('.palette-item__label').all()) expect(await isWhole(label)).toBe(true)

  // Palette and inspector fold away (button, Ctrl+B, Ctrl+Alt+B) and the canvas takes the room.
  const narrow = (await editor.canvas.boundingBox())!.width
  await page.getByTestId('cmd-view.togglePalette').click()
  await expect(page.getByTestId('palette-search')).toBeHidden()
  await expect(page.getByTestId('cmd-view.togglePalette')).toHaveAttribute('aria-pressed', 'false')
  await page.keyboard.press('Control+Alt+B')
  await expect(editor.inspector).toBeHidden()
  await expect.poll(async () => (await editor.canvas.boundingBox())!.width).toBeGreaterThan(narrow + 400)
  await page.keyboard.press('Control+B')
  await expect(page.getByTestId('palette-search')).toBeVisible()
  await page.getByTestId('cmd-view.toggleInspector').click()
  await expect(editor.inspector).toBeVisible()
  await expect(page.getByTestId('cmd-view.toggleInspector')).toHaveAttribute('aria-pressed', 'true')
})

test('at 1920x1080 the summary names the deciding nodes in full', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 })
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(TEMPLATE)
  for (const id of ['summary-write-cap', 'summary-read-cap']) {
    const node = page.getByTestId(id).locator('.summary-cap__node')
    await expect(node).toBeVisible()
    expect(await isWhole(node), id).toBe(true)
  }
})

test('a summary chip selects and shows the node that decided it, as a problem row does', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(TEMPLATE)
  await expect(editor.node('web')).toBeVisible()
  for (const id of ['summary-write-cap', 'summary-read-cap']) {
    const chip = page.getByTestId(id)
    const nodeId = await chip.getAttribute('data-node-id')
    expect(nodeId, `${id} names its node`).toBeTruthy()
    await chip.click()
    await expect(editor.inspector).toContainText(nodeId as string)
    await expect(editor.node(nodeId as string)).toHaveClass(/selected/)
    await expect(editor.node(nodeId as string)).toBeInViewport()
  }
  // The profile: the node that puts the design at risk for it, else the workload settings.
  const workload = page.getByTestId('summary-workload')
  const risky = await workload.getAttribute('data-node-id')
  await workload.click()
  if (risky) await expect(editor.inspector).toContainText(risky)
  else await expect(editor.inspector.getByTestId('workload-section').locator('input:not([type="range"])').first()).toBeFocused()
})
