import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { centreOf, dragBy } from './pages/pointer'

const TEMPLATE = join(import.meta.dirname, '../resources/templates/twitter-timeline.archsight')

interface Box {
  x: number
  y: number
  width: number
  height: number
}

const cardBoxes = (page: Page): Promise<(Box & { id: string })[]> =>
  page.getByTestId('node').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { id: (el as HTMLElement).dataset.nodeId ?? '', x: r.x, y: r.y, width: r.width, height: r.height }
    }),
  )

const isInside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox()
  if (!found) throw new Error('not on screen')
  return found
}

/** Every card is on the canvas and none sits under the minimap, the zoom controls or the heat toggle. */
async function expectAllInClearView(page: Page) {
  const canvas = await box(page.getByTestId('canvas'))
  const covers = [
    await box(page.locator('.react-flow__minimap')),
    await box(page.locator('.react-flow__controls')),
    await box(page.getByTestId('heat-toggle')),
  ]
  for (const card of await cardBoxes(page)) {
    expect(isInside(card, canvas), `${card.id} is outside the canvas`).toBe(true)
    for (const cover of covers) expect(overlaps(card, cover), `${card.id} is under a canvas control`).toBe(false)
  }
}

async function dragDivider(page: Page, index: number, dx: number) {
  const divider = await box(page.locator('.resize-handle--v').nth(index))
  const x = divider.x + divider.width / 2
  const y = divider.y + divider.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + dx, y, { steps: 12 })
  await page.mouse.up()
}

const viewport = (page: Page) => page.locator('.react-flow__viewport').getAttribute('style')

test('resizing a panel keeps the view, and Fit brings every card into clear view, again and again', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(TEMPLATE)
  await expect(editor.nodes.first()).toBeVisible()
  await expect.poll(() => expectAllInClearView(page).then(() => true, () => false)).toBe(true)

  const before = (await cardBoxes(page)).find((c) => c.id === 'web') as Box
  // Widen the palette by 120 px: the canvas shrinks from the left, the middle of the view stays in the middle.
  await dragDivider(page, 0, 120)
  await expect(page.locator('.react-flow__selection')).toHaveCount(0)
  const after = (await cardBoxes(page)).find((c) => c.id === 'web') as Box
  expect(Math.abs(after.x - before.x - 60)).toBeLessThan(4)
  expect(Math.abs(after.y - before.y)).toBeLessThan(2)

  // Narrow the inspector back and forth too; then Fit, twice: the same picture each time, all in view.
  await dragDivider(page, 1, -80)
  await expect(page.locator('.react-flow__selection')).toHaveCount(0)
  await editor.command('view.fit')
  await expect.poll(() => expectAllInClearView(page).then(() => true, () => false)).toBe(true)
  await page.waitForTimeout(300)
  const fitted = await viewport(page)
  await editor.command('view.fit')
  await page.waitForTimeout(300)
  expect(await viewport(page)).toBe(fitted)
})

test('Shift+1 fits the view from the keyboard (the key arrives as "!" on a US layout)', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(TEMPLATE)
  await expect(editor.nodes.first()).toBeVisible()
  await editor.canvas.click({ position: { x: 20, y: 20 } })
  await page.keyboard.press('Control+=')
  await page.keyboard.press('Control+=')
  await expect.poll(() => expectAllInClearView(page).then(() => true, () => false)).toBe(false)
  await page.keyboard.press('Shift+Digit1')
  await expect.poll(() => expectAllInClearView(page).then(() => true, () => false)).toBe(true)
})

test('the first component stays where it is dropped; a new design starts at 100 %', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  const canvas = await box(editor.canvas)
  await editor.dragToCanvas('service', 'generic', { x: 180, y: 140 })
  const card = await box(editor.node('service-1'))
  // Centred under the pointer, at 100 %, and it does not move afterwards.
  expect(Math.abs(card.x + card.width / 2 - (canvas.x + 180))).toBeLessThan(8)
  expect(Math.abs(card.y + card.height / 2 - (canvas.y + 140))).toBeLessThan(8)
  await page.waitForTimeout(400)
  expect(await box(editor.node('service-1'))).toEqual(card)
  expect(await viewport(page)).toContain('scale(1)')

  await editor.openFile(TEMPLATE)
  await page.getByTestId('confirm-discard').click()
  await expect(editor.node('web')).toBeVisible()
  await expect.poll(() => viewport(page)).not.toContain('scale(1)')
  await editor.command('file.new')
  await expect(editor.nodes).toHaveCount(0)
  await expect.poll(() => viewport(page)).toContain('scale(1)')
})

/**
 * The minimap (canvas/minimap/Minimap.tsx, drawn on a canvas from React Flow's nodes): it shows the design, a card
 * dragged on the canvas moves in it while the button is still held, a drag on it pans the view and a wheel on
 * it zooms. Its picture is read back as pixels, the only way to see what a canvas shows.
 */
test('the minimap shows the design and follows a dragged card; a drag on it pans, a wheel on it zooms', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(TEMPLATE)
  await expect(editor.nodes.first()).toBeVisible()
  const overview = page.getByRole('img', { name: 'Overview' })
  await expect(overview).toBeVisible()
  const picture = () => page.locator('.canvas-minimap__nodes').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL())
  const blank = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.canvas-minimap__nodes')!
    const empty = document.createElement('canvas')
    ;[empty.width, empty.height] = [canvas.width, canvas.height]
    return empty.toDataURL()
  })
  await expect.poll(picture).not.toBe(blank)
  const shown = await picture()

  // A card dragged far to the right: the minimap changes while the button is held, and keeps the new picture.
  const web = await centreOf(editor.node('web'))
  await page.mouse.move(web.x, web.y)
  await page.mouse.down()
  await page.mouse.move(web.x + 260, web.y + 120, { steps: 8 })
  await expect.poll(picture).not.toBe(shown)
  const held = await picture()
  await page.mouse.up()
  await page.waitForTimeout(200)
  expect(await picture()).toBe(held)

  // Dragged right and down, the view moves right and down over the design: its transform goes left and up.
  const before = await viewport(page)
  const [x0, y0] = (/translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(before ?? '') ?? []).slice(1).map(Number)
  const middle = await centreOf(overview)
  await dragBy(page, middle, { x: 12, y: 6 }, 4)
  const panned = await viewport(page)
  const [x1, y1] = (/translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(panned ?? '') ?? []).slice(1).map(Number)
  expect(x1).toBeLessThan(x0)
  expect(y1).toBeLessThan(y0)
  const zoomOf = async () => Number(/scale\(([\d.]+)\)/.exec((await viewport(page)) ?? '')?.[1])
  const zoom = await zoomOf()
  await page.mouse.move(middle.x, middle.y)
  await page.mouse.wheel(0, -100)
  await expect.poll(zoomOf).toBeGreaterThan(zoom)
})
