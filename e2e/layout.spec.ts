import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { findOverlaps, LayoutControls, type Box } from './pages/LayoutControls'

const SCRAMBLED = 'e2e/fixtures/scrambled.archsight'

const centreX = (boxes: Box[], id: string) => {
  const box = boxes.find((b) => b.id === id)
  if (!box) throw new Error(`no node ${id}`)
  return box.x + box.width / 2
}

test('auto-layout untangles a piled-up design left to right, in one undoable step', async ({ page }) => {
  const editor = new EditorPage(page)
  const layout = new LayoutControls(page)
  await editor.goto()
  await editor.openFile(SCRAMBLED)
  await expect(editor.nodes).toHaveCount(7)
  // The canvas does not pan on open, so compare positions in the design, via the DOM, after a fit.
  await editor.command('view.fit')
  expect(findOverlaps(await layout.boxes()).length).toBeGreaterThan(5)
  const scrambled = await layout.flowPositions()

  await layout.run()
  await expect.poll(async () => findOverlaps(await layout.boxes())).toEqual([])
  const boxes = await layout.boxes()
  expect(centreX(boxes, 'web')).toBeLessThan(centreX(boxes, 'lb'))
  expect(centreX(boxes, 'lb')).toBeLessThan(centreX(boxes, 'api'))
  expect(centreX(boxes, 'api')).toBeLessThan(centreX(boxes, 'db'))
  // Fitted after the layout: every card is on screen.
  const canvas = (await editor.canvas.boundingBox())!
  await expect
    .poll(async () =>
      (await layout.boxes()).every((box) => box.x >= canvas.x - 1 && box.x + box.width <= canvas.x + canvas.width + 1),
    )
    .toBe(true)

  await editor.canvas.click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+Z')
  await expect.poll(() => layout.flowPositions()).toEqual(scrambled)
})

test('top-down layout, the shortcut, and laying out only the selection', async ({ page }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the first layout journey, which proves the layout worker starts there; this one is the same page')
  const editor = new EditorPage(page)
  const layout = new LayoutControls(page)
  await editor.goto()
  await editor.openFile(SCRAMBLED)
  await expect(editor.nodes).toHaveCount(7)
  await layout.run('down')
  await expect.poll(async () => findOverlaps(await layout.boxes())).toEqual([])
  const boxes = await layout.boxes()
  const centreY = (id: string) => boxes.find((b) => b.id === id)!.y
  expect(centreY('web')).toBeLessThan(centreY('lb'))
  expect(centreY('api')).toBeLessThan(centreY('db'))

  // Back to left to right from the menu, then select two nodes and lay out only those with Ctrl+Shift+L.
  await page.getByTestId('auto-layout-direction').click()
  await page.getByTestId('layout-direction-right').click()
  await expect.poll(async () => {
    const at = await layout.flowPositions()
    return at.web.x < at.lb.x && at.lb.x < at.api.x
  }).toBe(true)
  const before = await layout.flowPositions()
  // The client and the database are not connected: laid out alone they sit side by side, the database
  // pulled in from the far end of the picture.
  await editor.node('web').click()
  await editor.node('db').click({ modifiers: ['Shift'] })
  await page.keyboard.press('Control+Shift+L')
  await expect.poll(async () => (await layout.flowPositions()).db.x).toBeLessThan(before.db.x)
  const after = await layout.flowPositions()
  for (const id of ['lb', 'api', 'worker', 'queue', 'cache']) expect(after[id]).toEqual(before[id])
  // One undo step brings the selection back.
  await page.keyboard.press('Control+Z')
  await expect.poll(async () => (await layout.flowPositions()).db).toEqual(before.db)
})

test('after auto-layout edges follow the routes around the cards until one of their nodes moves', async ({ page }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the first layout journey, which proves the layout worker starts there; this one is the same page')
  const editor = new EditorPage(page)
  const layout = new LayoutControls(page)
  await editor.goto()
  await editor.openFile(SCRAMBLED)
  await expect(editor.nodes).toHaveCount(7)
  const pathOf = (id: string) => page.locator(`.react-flow__edge-path[id="${id}"]`)
  // Before any layout every edge is one bezier between the two cards.
  await expect(pathOf('e3')).toHaveAttribute('d', /^M\s*[\d.-]+[ ,][\d.-]+\s*C/)

  await layout.run()
  await expect.poll(async () => findOverlaps(await layout.boxes())).toEqual([])
  // ELK's orthogonal routes: straight runs (L) and rounded bends (Q), no bezier; the arrow stays at the end.
  for (const id of ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']) {
    await expect(pathOf(id)).toHaveAttribute('d', /^M ?[\d.-]+ [\d.-]+ L ?[^C]*$/)
    // The arrowhead is core/picture's, drawn beside the line (the export draws the same polygon).
    await expect(page.locator(`.react-flow__edge[data-id="${id}"] [data-testid="edge-arrow"]`)).toHaveCount(1)
  }
  // The API -> database edge skips the queue's rank, so its route bends.
  await expect(pathOf('e3')).toHaveAttribute('d', / Q ?[\d.-]/)

  // Drag the worker: its two edges fall back to curves, the others keep their routes.
  const worker = (await editor.node('worker').boundingBox())!
  await page.mouse.move(worker.x + worker.width / 2, worker.y + worker.height / 2)
  await page.mouse.down()
  await page.mouse.move(worker.x + worker.width / 2 + 40, worker.y + worker.height / 2 + 90, { steps: 6 })
  await page.mouse.up()
  await expect(pathOf('e6')).toHaveAttribute('d', /C/)
  await expect(pathOf('e7')).toHaveAttribute('d', /C/)
  await expect(pathOf('e3')).toHaveAttribute('d', /^M ?[\d.-]+ [\d.-]+ L ?[^C]*$/)

  // Undoing the drag puts the worker back where the layout left it: routed again. Undoing the layout: curves.
  await editor.canvas.click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Control+Z')
  await expect(pathOf('e6')).toHaveAttribute('d', /^M ?[\d.-]+ [\d.-]+ L ?[^C]*$/)
  await page.keyboard.press('Control+Z')
  await expect(pathOf('e3')).toHaveAttribute('d', /C/)
})
