import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { LayoutControls } from './pages/LayoutControls'
import { centreOf } from './pages/pointer'

test('double-click a card to rename it, then another; an edge is selected and edited in the inspector', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 200 })
  await editor.node('service-1').dblclick()
  await expect(editor.field('label')).toBeFocused()
  await page.keyboard.type('Checkout API')
  await page.keyboard.press('Enter')
  await expect(editor.node('service-1')).toContainText('Checkout API')
  await expect(editor.node('service-1')).toHaveAttribute('data-node-id', 'service-1')
  // With that card selected, a double-click on another renames the other: the field that takes the focus is the
  // double-clicked card's, never the one the inspector showed a moment before (it follows the selection a frame
  // or two later, Inspector.tsx).
  // Typed straight after the double-click, with no pause: every letter lands in the field, and none reaches the
  // card (W is the what-if mode's key).
  await editor.node('redis-1').dblclick()
  await page.keyboard.type('Web sessions')
  await page.keyboard.press('Enter')
  await expect(editor.node('redis-1')).toContainText('Web sessions')
  await expect(editor.node('service-1')).toContainText('Checkout API')
  await expect(page.locator('.canvas-wrap.is-what-if')).toHaveCount(0)

  await editor.connect('service-1', 'redis-1')
  await expect(editor.inspector).toContainText('Checkout API → Web sessions')
  // A new edge into a cache starts as a read (the catalogue's default for caches).
  await expect(editor.inspector.getByTestId('field-access')).toHaveValue('read')
  await editor.inspector.getByTestId('field-mode').selectOption('async')
  await editor.inspector.getByTestId('field-access').selectOption('write')
  await expect(page.locator('[data-edge-id="service-1-redis-1"]')).toContainText('W')
  await expect(page.locator('.react-flow__edge-path.is-async')).toHaveCount(1)
  await editor.inspector.getByTestId('field-access').focus()
  await page.keyboard.press('Control+Z')
  await expect(editor.inspector.getByTestId('field-access')).toHaveValue('read')
  // The edge's numbers: a fan-out shows on the pill, a share outside 0..1 is refused with the field's name.
  await editor.inspector.getByTestId('field-fanout').fill('5')
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-edge-id="service-1-redis-1"]')).toContainText('R ×5')
  await editor.inspector.getByTestId('field-share').fill('2')
  await page.keyboard.press('Enter')
  await expect(editor.inspector.getByTestId('field-share-error')).toHaveText('Share of traffic must be a number from 0 to 1')
})

test('a design file dropped on the canvas opens', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  const text = readFileSync(join(import.meta.dirname, 'fixtures/zoned-shop.archsight'), 'utf8')
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([content], 'dropped.archsight', { type: 'application/json' }))
    return transfer
  }, text)
  await editor.canvas.dispatchEvent('dragover', { dataTransfer })
  await editor.canvas.dispatchEvent('drop', { dataTransfer })
  await expect(editor.node('api-a')).toBeVisible()
  await expect(page).toHaveTitle('dropped.archsight — Archsight')
})

/**
 * A press on a card selects it before the pointer moves or is released (the selection then renders apart from the
 * drag's first frame, useCanvasFlow's onPressCard): the card, alone, shows selected and in the inspector while the
 * button is held; a drag moves it; Shift and a press on a selected card of a multi-selection keep the selection.
 */
test('a press on a card selects it at once; a multi-selection survives a press on one of its cards', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 200 })
  const service = editor.node('service-1')
  const cache = editor.node('redis-1')
  // Select the cache first, then press (not release) on the service.
  await cache.click()
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1)
  const box = (await service.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await expect(page.locator('.react-flow__node[data-id="service-1"]')).toHaveClass(/selected/)
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1)
  await expect(editor.inspector.getByTestId('field-label')).toHaveValue(/Service/)
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 6 })
  await page.mouse.up()
  const moved = (await service.boundingBox())!
  expect(moved.x - box.x).toBeGreaterThan(40)
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1)

  // Shift-click adds the cache; a plain press and drag on one of the two moves both and keeps both selected.
  await cache.click({ modifiers: ['Shift'] })
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  const cacheBox = (await cache.boundingBox())!
  const serviceBox = (await service.boundingBox())!
  await page.mouse.move(cacheBox.x + cacheBox.width / 2, cacheBox.y + cacheBox.height / 2)
  await page.mouse.down()
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  await page.mouse.move(cacheBox.x + cacheBox.width / 2, cacheBox.y + cacheBox.height / 2 + 80, { steps: 6 })
  await page.mouse.up()
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(2)
  expect((await service.boundingBox())!.y - serviceBox.y).toBeGreaterThan(50)
  expect((await cache.boundingBox())!.y - cacheBox.y).toBeGreaterThan(50)
})

/**
 * Mid-drag the pointer runs ahead of the card; one sheet over the canvas takes it (canvas/dragSheet.ts), so a
 * move over another card does not reach that card (nor cost a hit test through everything under it). It stays up
 * while Space is held (React Flow's pane changes its classes then), another button pressed on it does nothing
 * (no pan, the card keeps the focus), and the release on it leaves the dropped card selected; the next press
 * reaches a card.
 */
test('while a card is dragged, one sheet over the canvas takes the pointer; the card keeps its selection and focus, and after the drop a card is reached again', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 160 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 160 })
  const other = await centreOf(editor.node('redis-1'))
  const under = () =>
    page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y)!
      return { card: el.closest('[data-testid="node"]')?.getAttribute('data-node-id') ?? null, sheet: el.classList.contains('drag-sheet'), cursor: getComputedStyle(el).cursor }
    }, other)
  expect(await under()).toMatchObject({ card: 'redis-1', sheet: false })

  const service = editor.node('service-1').locator('xpath=..')
  const from = await centreOf(editor.node('service-1'))
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 30, from.y + 60, { steps: 4 })
  await expect(service).toHaveClass(/dragging/)
  expect(await under()).toEqual({ card: null, sheet: true, cursor: 'grabbing' })
  await page.keyboard.down('Space')
  await page.mouse.move(from.x + 40, from.y + 70, { steps: 2 })
  expect((await under()).sheet).toBe(true)
  await page.keyboard.up('Space')
  const viewport = () => page.locator('.react-flow__viewport').getAttribute('style')
  const view = await viewport()
  await page.mouse.down({ button: 'middle' })
  await page.mouse.move(from.x + 90, from.y + 90, { steps: 3 })
  await page.mouse.up({ button: 'middle' })
  await page.mouse.up()
  await expect(service).not.toHaveClass(/dragging/)
  expect(await viewport()).toBe(view)
  expect((await under()).card).toBe('redis-1')
  await expect(service).toHaveClass(/selected/)
  await expect(page.locator('[data-inspected="service-1"]')).toBeVisible()
  // The card kept the focus: the arrow keys move it.
  const before = await editor.node('service-1').boundingBox()
  await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await editor.node('service-1').boundingBox())!.x).toBeGreaterThan(before!.x)
  await editor.node('redis-1').click()
  await expect(page.locator('[data-inspected="redis-1"]')).toBeVisible()
})

/**
 * Escape mid-drag cancels the drag, as on the canvas drawn far out: the cards go back, the selection stays, the
 * rest of the gesture moves nothing and leaves no undo step; the next drag is an ordinary one. Likewise before
 * the card has moved, and for a connection being drawn from a handle.
 */
test('Escape while a card or a handle is held cancels the gesture: cards back, selection kept, no connection, nothing to undo', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 160 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 160 })
  const service = editor.node('service-1').locator('xpath=..')
  const cache = editor.node('redis-1').locator('xpath=..')
  const at = async () => [(await editor.node('service-1').boundingBox())!, (await editor.node('redis-1').boundingBox())!]
  const start = await at()

  // Both cards selected and dragged together.
  await editor.node('service-1').click()
  await editor.node('redis-1').click({ modifiers: ['Shift'] })
  await expect(cache).toHaveClass(/selected/)
  const from = await centreOf(editor.node('redis-1'))
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 60, from.y + 90, { steps: 5 })
  await expect(cache).toHaveClass(/dragging/)
  expect((await at())[0].y).toBeGreaterThan(start[0].y + 50)

  await page.keyboard.press('Escape')
  await expect(cache).not.toHaveClass(/dragging/)
  await expect.poll(async () => (await at()).map((b) => [Math.round(b.x), Math.round(b.y)])).toEqual(start.map((b) => [Math.round(b.x), Math.round(b.y)]))
  await expect(service).toHaveClass(/selected/)
  await expect(cache).toHaveClass(/selected/)
  // Escape again (held, its key repeating) while the button is held: the selection stays.
  await page.keyboard.down('Escape')
  await page.keyboard.down('Escape')
  await page.keyboard.up('Escape')
  await expect(service).toHaveClass(/selected/)
  await expect(cache).toHaveClass(/selected/)
  // The button is still held: further moves and the release move nothing.
  await page.mouse.move(from.x + 120, from.y + 40, { steps: 4 })
  await page.mouse.up()
  await page.waitForTimeout(100)
  expect((await at()).map((b) => [Math.round(b.x), Math.round(b.y)])).toEqual(start.map((b) => [Math.round(b.x), Math.round(b.y)]))
  await expect(service).toHaveClass(/selected/)

  // No undo step: the last step is still the cache's placement.
  await page.keyboard.press('Control+z')
  await expect(editor.node('redis-1')).toHaveCount(0)
  await page.keyboard.press('Control+Shift+z')
  await expect(editor.node('redis-1')).toHaveCount(1)

  // A press on the service's centre, a move of 40 x 100 px and the release; Escape at once after the press if asked.
  const dragService = async (escapeFirst: boolean) => {
    const from = await centreOf(editor.node('service-1'))
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    if (escapeFirst) await page.keyboard.press('Escape')
    await page.mouse.move(from.x + 40, from.y + 100, { steps: 5 })
    await page.mouse.up()
  }
  // Escape before the card has moved: the gesture is over, the moves after it do nothing.
  await dragService(true)
  await page.waitForTimeout(100)
  expect(Math.round((await editor.node('service-1').boundingBox())!.y)).toBe(Math.round(start[0].y))
  await expect(service).toHaveClass(/selected/)

  // A connection being drawn from a handle: Escape, and the release over the other card connects nothing.
  await editor.node('service-1').hover()
  const handle = await editor.node('service-1').locator('.react-flow__handle[data-handleid="right"]').boundingBox()
  const target = await centreOf(editor.node('redis-1'))
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2)
  await page.mouse.down()
  await page.mouse.move(target.x, target.y, { steps: 8 })
  await expect(page.locator('.react-flow__connectionline')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(page.locator('.react-flow__connectionline')).toHaveCount(0)
  await page.mouse.up()
  await page.waitForTimeout(100)
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
  // Escape on a held handle before it moves: the release arms no click-to-connect, so a click on the other card's
  // handle connects nothing.
  await editor.node('service-1').hover()
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2)
  await page.mouse.down()
  await page.keyboard.press('Escape')
  await page.mouse.up()
  await expect(page.locator('.react-flow__handle.clickconnecting')).toHaveCount(0)
  await editor.node('redis-1').hover()
  await editor.node('redis-1').locator('.react-flow__handle[data-handleid="left"]').click()
  await page.waitForTimeout(100)
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)
  await editor.connect('service-1', 'redis-1')
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(page.locator('.react-flow__edge')).toHaveCount(0)

  // The next drag is an ordinary one, one undo step.
  await dragService(false)
  await expect.poll(async () => (await editor.node('service-1').boundingBox())!.y).toBeGreaterThan(start[0].y + 60)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => Math.round((await editor.node('service-1').boundingBox())!.y)).toBe(Math.round(start[0].y))
  await expect(editor.node('redis-1')).toHaveCount(1)

  // In what-if mode cards are not dragged: Escape with a card pressed leaves the mode at once, as before.
  await page.keyboard.press('w')
  await expect(page.locator('.canvas-wrap.is-what-if')).toHaveCount(1)
  const card = await centreOf(editor.node('redis-1'))
  await page.mouse.move(card.x, card.y)
  await page.mouse.down()
  await page.keyboard.press('Escape')
  await expect(page.locator('.canvas-wrap.is-what-if')).toHaveCount(0)
  await page.mouse.up()
})

/**
 * An edge is drawn again whenever one of its cards changes (canvas/edges/edgeEnds.ts wakes the edges of a card
 * React Flow changed): while a card is dragged, after the drop, and when a card changes without moving.
 */
test('edges follow a dragged card while the button is held and after the drop, and a card that changes in place', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 160 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 160 })
  await editor.dragToCanvas('relational-db', 'postgres', { x: 520, y: 360 })
  await editor.connect('service-1', 'redis-1')
  await editor.connect('service-1', 'postgres-1')
  const paths = () => page.locator('.react-flow__edge-path.arch-edge').evaluateAll((els) => els.map((el) => el.getAttribute('d')))
  await expect(page.locator('.react-flow__edge-path.arch-edge')).toHaveCount(2)
  const before = await paths()
  expect(before).toHaveLength(2)

  // The service dragged down and left: both its edges change while it is held; they stay so after the release.
  const from = await centreOf(editor.node('service-1'))
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x - 40, from.y + 120, { steps: 6 })
  await expect.poll(async () => (await paths()).filter((d, i) => d !== before[i]).length).toBe(2)
  const held = await paths()
  await page.mouse.up()
  await expect.poll(paths).toEqual(held)

  // The cache's edge ends at the cache: dragging the cache alone changes that edge and leaves the database's.
  const cache = await centreOf(editor.node('redis-1'))
  await page.mouse.move(cache.x, cache.y)
  await page.mouse.down()
  await page.mouse.move(cache.x + 80, cache.y - 40, { steps: 6 })
  await expect.poll(async () => (await paths()).filter((d, i) => d !== held[i]).length).toBe(1)
  await page.mouse.up()

  // A card that changes without moving: after auto-layout the edges follow routes, and a route that comes into
  // a card from its right stops outside the card's stacked copies. The cache calls back into the service (a route
  // into the service's right side); three instances stack the service, so that edge is drawn again though no
  // card moved, and the others are not.
  await editor.connect('redis-1', 'service-1')
  await new LayoutControls(page).run('right')
  await expect(page.locator('.react-flow__edge-path.arch-edge.is-routed')).toHaveCount(3)
  await page.waitForTimeout(300)
  const routed = await paths()
  await editor.node('service-1').click()
  await editor.setField('instances', '3')
  await expect(editor.node('service-1')).toContainText('x3')
  await expect.poll(async () => (await paths()).map((d, i) => d !== routed[i])).toEqual([false, false, true])
})
