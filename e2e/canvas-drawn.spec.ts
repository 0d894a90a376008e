import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design'
import { computeNodeRects, type Rect } from '../src/core/design/geometry'
import type { Design } from '../src/core/design/types'
import { createEdgePather } from '../src/core/picture'
import { EditorPage } from './pages/EditorPage'

/**
 * Farthest out (under 20 %), a design of over 2,000 nodes is drawn on one <canvas> (canvas/far/FarCanvas.tsx)
 * rather than as thousands of card elements. A person still works on it with the mouse: a click on a drawn card
 * selects it, a drag moves it (one undo step, snapped to the grid), Escape cancels a drag, and zooming in brings
 * the cards back as elements.
 */

const SNAP = 8

/** The generated design, every node labelled so the inspector names the card a click selected. */
function labelledDesign(size: number): Design {
  const design = generateDesign(size)
  return { ...design, nodes: design.nodes.map((n) => ({ ...n, label: `Card ${n.id}` })) }
}

/** React Flow's transform, as its viewport element carries it: screen = flow * zoom + (x, y) within `.react-flow`. */
async function readView(page: Page) {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? ''
  const match = /translate\((-?[\d.]+)px, (-?[\d.]+)px\) scale\(([\d.]+)\)/.exec(style)
  if (!match) throw new Error(`no transform in "${style}"`)
  const box = await page.locator('.react-flow').boundingBox()
  if (!box) throw new Error('no canvas')
  const [x, y, zoom] = match.slice(1).map(Number)
  return { x, y, zoom, box }
}

type View = Awaited<ReturnType<typeof readView>>

const centreOnScreen = (view: View, rect: Rect) => ({
  x: view.box.x + view.x + (rect.x + rect.width / 2) * view.zoom,
  y: view.box.y + view.y + (rect.y + rect.height / 2) * view.zoom,
})

/** The generated design written to a file and opened into a fresh editor, which fits it far out. */
async function openDrawnDesign(page: Page) {
  const design = labelledDesign(2100)
  const file = join(mkdtempSync(join(tmpdir(), 'archsight-drawn-')), 'drawn.archsight')
  writeFileSync(file, serializeDesign(design))
  // Wide enough that the fitted design leaves empty pane beside it, for a click on nothing.
  await page.setViewportSize({ width: 1920, height: 1000 })
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(file)
  const wrap = page.locator('.canvas-wrap')
  await expect(wrap).toHaveClass(/is-drawn/)
  await expect(wrap).toHaveClass(/is-measured/)
  const view = await readView(page)
  const rects = computeNodeRects(design)
  // Cards outside any zone with their centre well inside the canvas (clear of the controls and the minimap).
  const inner = { left: view.box.x + 200, right: view.box.x + view.box.width - 200, top: view.box.y + 200, bottom: view.box.y + view.box.height - 150 }
  const clearCards = design.nodes.filter((n) => {
    if (n.kind === 'zone' || n.parent) return false
    const at = centreOnScreen(view, rects.get(n.id)!)
    return at.x > inner.left && at.x < inner.right && at.y > inner.top && at.y < inner.bottom
  })
  return { design, editor, wrap, view, rects, clearCards, label: editor.field('label') }
}

test('far out a 2,100-node design is drawn on one canvas: click selects, drag moves as one undo step, Escape cancels, zooming in brings the cards back', async ({ page }) => {
  // One long journey on a 2,116-node design: 25 s on a quiet machine, over the default minute under CI's load.
  test.setTimeout(150_000)
  const { design, editor, wrap, view, rects, clearCards, label } = await openDrawnDesign(page)
  expect(design.nodes.length).toBeGreaterThan(2000)

  // It opens fitted, far out, drawn on the canvas: no card or edge element is shown.
  const far = page.getByTestId('far-canvas')
  const cardCount = design.nodes.filter((n) => n.kind !== 'zone').length
  await expect(page.getByRole('img', { name: `The design drawn far out: ${cardCount} cards. Zoom in to reach each card from the keyboard.` })).toBeVisible()
  await expect(far).toBeVisible()
  await expect(editor.nodes.first()).toBeHidden()
  await expect(editor.edges).toHaveCount(0)
  expect(view.zoom).toBeLessThan(0.2)

  // An empty spot of the pane: right of the design's right-most rectangle.
  const designRight = view.box.x + view.x + Math.max(...[...rects.values()].map((r) => r.x + r.width)) * view.zoom
  const empty = { x: (designRight + view.box.x + view.box.width) / 2, y: view.box.y + view.box.height / 3 }
  expect(view.box.x + view.box.width - designRight).toBeGreaterThan(150)
  const clickCard = (p: { x: number; y: number }) => page.mouse.click(p.x, p.y)
  // What a click lands on where the card is not: a zone, a connection (its inspector has no label field) or nothing.
  const expectNotSelected = (id: string) =>
    expect.poll(async () => (await label.count()) === 0 || (await label.inputValue()) !== `Card ${id}`).toBe(true)
  // The card to work on: the last of the clear cards in the design's order, so no card drawn after it lies in
  // the rows above, where it is dropped.
  const target = clearCards.at(-1)!
  const other = clearCards[0]
  const rect = rects.get(target.id)!
  const start = centreOnScreen(view, rect)
  await clickCard(start)
  await expect(label).toHaveValue(`Card ${target.id}`)
  // Hovering away after the click, as anyone does, selects nothing more: the press was the far canvas's alone
  // (React Flow's pane once started a selection box under it that the next move grew over 28-81 nodes).
  await page.mouse.move(start.x - 150, start.y - 100, { steps: 5 })
  await expect(page.getByTestId('inspector')).not.toContainText('selected')
  await expect(label).toHaveValue(`Card ${target.id}`)
  await clickCard(centreOnScreen(view, rects.get(other.id)!))
  await expect(label).toHaveValue(`Card ${other.id}`)
  await clickCard(start)
  await expect(label).toHaveValue(`Card ${target.id}`)
  // A click on the empty pane clears the selection, and the view stays where it was.
  await page.mouse.click(empty.x, empty.y)
  await expect(label).toBeHidden()
  expect(await readView(page), 'the view has not moved').toEqual(view)
  await clickCard(start)
  await expect(label).toHaveValue(`Card ${target.id}`)
  await expect(page.getByTestId('cmd-edit.undo')).toBeDisabled()
  await page.screenshot({ path: test.info().outputPath('drawn-far.png') })
  await expectNoSeriousViolations(page)

  // A drag of 80 px up moves the card; where it lands is its corner snapped to the 8 px grid.
  const dy = -80
  await page.mouse.move(start.x, start.y)
  await page.mouse.down()
  await page.mouse.move(start.x, start.y + dy / 2, { steps: 4 })
  await page.mouse.move(start.x, start.y + dy, { steps: 4 })
  await page.mouse.up()
  await expect(page.getByTestId('cmd-edit.undo')).toBeEnabled()
  const dropped = centreOnScreen(view, { ...rect, x: Math.round(rect.x / SNAP) * SNAP, y: Math.round((rect.y + dy / view.zoom) / SNAP) * SNAP })
  expect(Math.abs(dropped.y - (start.y + dy))).toBeLessThan(SNAP * view.zoom + 1)
  await page.screenshot({ path: test.info().outputPath('drawn-dropped.png') })
  // A click where it was dropped selects it; where it was, something else (or nothing) is there now.
  await clickCard(centreOnScreen(view, rects.get(other.id)!))
  await expect(label).toHaveValue(`Card ${other.id}`)
  await clickCard(dropped)
  await expect(label).toHaveValue(`Card ${target.id}`)
  await clickCard(start)
  await expectNotSelected(target.id)

  // One undo step puts it back.
  await page.getByTestId('cmd-edit.undo').click()
  await expect(page.getByTestId('cmd-edit.undo')).toBeDisabled()
  await clickCard(start)
  await expect(label).toHaveValue(`Card ${target.id}`)
  await clickCard(dropped)
  await expectNotSelected(target.id)

  // Escape in the middle of a drag leaves the card where it was and the design unchanged.
  await clickCard(start)
  await page.mouse.down()
  await page.mouse.move(start.x + 40, start.y + dy, { steps: 6 })
  await page.keyboard.press('Escape')
  await page.mouse.up()
  await expect(page.getByTestId('cmd-edit.undo')).toBeDisabled()
  await clickCard({ x: start.x, y: start.y })
  await expect(label).toHaveValue(`Card ${target.id}`)

  // A double-click on a drawn card renames it, as near: the label field takes the focus.
  await page.mouse.dblclick(start.x, start.y)
  await expect(label).toBeFocused()
  await expect(label).toHaveValue(`Card ${target.id}`)

  // A selection box from the empty pane, as near: it selects every card and zone it touches. React Flow's nodes
  // are hidden from its renderer here, so the box is the far canvas's own; it is drawn while the mouse moves.
  const boxEnd = { x: designRight - 260 * view.zoom * 3, y: empty.y + 200 * view.zoom }
  const toFlowPoint = (p: { x: number; y: number }) => ({ x: (p.x - view.box.x - view.x) / view.zoom, y: (p.y - view.box.y - view.y) / view.zoom })
  const [from, to] = [toFlowPoint(empty), toFlowPoint(boxEnd)]
  const box = { x: Math.min(from.x, to.x), y: Math.min(from.y, to.y), width: Math.abs(to.x - from.x), height: Math.abs(to.y - from.y) }
  const touched = design.nodes.filter((n) => {
    const r = rects.get(n.id)!
    return r.x < box.x + box.width && box.x < r.x + r.width && r.y < box.y + box.height && box.y < r.y + r.height
  })
  expect(touched.length, 'the box touches a few cards').toBeGreaterThan(1)
  // With them, as React Flow's box near, every connection of a card it selected.
  const ids = new Set(touched.map((n) => n.id))
  const links = design.edges.filter((e) => ids.has(e.source) || ids.has(e.target)).length
  const boxed = `${touched.length} components and ${links} connections`
  const selectionBox = page.getByTestId('far-selection')
  await page.mouse.move(empty.x, empty.y)
  await page.mouse.down()
  await page.mouse.move(boxEnd.x, boxEnd.y, { steps: 8 })
  await expect(selectionBox).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('drawn-box.png') })
  await page.mouse.up()
  await expect(selectionBox).toBeHidden()
  await expect(page.getByTestId('inspector')).toContainText(boxed)
  expect(await readView(page), 'a box does not pan').toEqual(view)
  // Escape in the middle of a box leaves the selection as it was.
  await page.mouse.move(empty.x, empty.y + 40)
  await page.mouse.down()
  await page.mouse.move(empty.x - 40, empty.y + 80, { steps: 4 })
  await page.keyboard.press('Escape')
  await expect(selectionBox).toBeHidden()
  await page.mouse.up()
  await expect(page.getByTestId('inspector')).toContainText(boxed)

  // The middle and the right button pan (the pane holds the pointer meanwhile), the selection stays.
  for (const button of ['middle', 'right'] as const) {
    const before = await readView(page)
    await page.mouse.move(empty.x, empty.y)
    await page.mouse.down({ button })
    await page.mouse.move(empty.x - 60, empty.y + 40, { steps: 6 })
    await page.mouse.up({ button })
    const after = await readView(page)
    expect({ dx: Math.round(after.x - before.x), dy: Math.round(after.y - before.y) }, `a ${button}-button pan`).toEqual({ dx: -60, dy: 40 })
  }
  await expect(page.getByTestId('inspector')).toContainText(boxed)

  // A duplicate made far out is measured alone: React Flow renders the new card to measure it, and the other
  // cards in view stay out of its renderer (all ~1,800 of them came back for it before).
  await clickCard(centreOnScreen(await readView(page), rect))
  await expect(label).toHaveValue(`Card ${target.id}`)
  await page.evaluate(() => {
    const w = window as unknown as { __mostMounted: number }
    w.__mostMounted = 0
    const count = () => (w.__mostMounted = Math.max(w.__mostMounted, document.querySelectorAll('.react-flow__node').length))
    new MutationObserver(count).observe(document.querySelector('.react-flow__viewport')!, { childList: true, subtree: true })
  })
  await page.keyboard.press('Control+D')
  await expect(page.getByRole('img', { name: `The design drawn far out: ${cardCount + 1} cards. Zoom in to reach each card from the keyboard.` })).toBeVisible()
  await expect(wrap).toHaveClass(/is-measured/)
  expect(await page.evaluate(() => (window as unknown as { __mostMounted: number }).__mostMounted), 'cards mounted for the duplicate').toBeLessThanOrEqual(1)
  await page.keyboard.press('Control+Z')
  await expect(page.getByRole('img', { name: `The design drawn far out: ${cardCount} cards. Zoom in to reach each card from the keyboard.` })).toBeVisible()

  // Zoomed in to 20 % or more, the cards are elements again and the drawn canvas is gone.
  const zoomIn = page.getByRole('button', { name: 'Zoom in', exact: true })
  for (let i = 0; i < 12 && (await readView(page)).zoom < 0.2; i++) await zoomIn.click()
  expect((await readView(page)).zoom).toBeGreaterThanOrEqual(0.2)
  await expect(wrap).not.toHaveClass(/is-drawn/)
  await expect(far).toHaveCount(0)
  await expect(editor.nodes.first()).toBeVisible()
  await expect(editor.edges.first()).toBeAttached()
  await page.screenshot({ path: test.info().outputPath('drawn-near.png') })
})

/** In the what-if mode a press on a drawn card or connection fails it, as a click near does; it never drags. */
test('in the what-if mode a click on a drawn card fails it, a drag moves nothing, a click on a drawn connection fails it; the minimap pans and zooms', async ({ page }) => {
  const { design, view, rects, clearCards } = await openDrawnDesign(page)
  const toggle = page.getByTestId('what-if-toggle')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const card = clearCards[Math.floor(clearCards.length / 2)]
  const at = centreOnScreen(view, rects.get(card.id)!)
  await page.mouse.click(at.x, at.y)
  await expect(page.getByTestId('what-if-title')).toHaveText(`What if: Card ${card.id} fails`)
  // A drag from it, released on no card (right of the design), neither moves it nor fails anything else.
  const designRight = view.box.x + view.x + Math.max(...[...rects.values()].map((r) => r.x + r.width)) * view.zoom
  await page.mouse.move(at.x, at.y)
  await page.mouse.down()
  await page.mouse.move(designRight + 60, at.y, { steps: 6 })
  await page.mouse.up()
  await expect(page.getByTestId('cmd-edit.undo')).toBeDisabled()
  await expect(page.getByTestId('what-if-title')).toHaveText(`What if: Card ${card.id} fails`)

  // A click on a drawn connection (off every card) fails the connection too.
  const pathOf = createEdgePather(design, rects)
  const inner = { left: view.box.x + 200, right: view.box.x + view.box.width - 200, top: view.box.y + 200, bottom: view.box.y + view.box.height - 150 }
  const onLink = design.edges
    .map((edge) => ({ edge, mid: pathOf(edge)?.pointAt(0.5) }))
    .find(({ mid }) => {
      if (!mid || [...rects.entries()].some(([id, r]) => !design.nodes.find((n) => n.id === id && n.kind === 'zone') && mid.x >= r.x - 20 && mid.x <= r.x + r.width + 20 && mid.y >= r.y - 20 && mid.y <= r.y + r.height + 20)) return false
      const at = centreOnScreen(view, { x: mid.x, y: mid.y, width: 0, height: 0 })
      return at.x > inner.left && at.x < inner.right && at.y > inner.top && at.y < inner.bottom
    })
  expect(onLink, 'a connection whose middle lies off every card').toBeTruthy()
  const linkAt = centreOnScreen(view, { ...onLink!.mid!, width: 0, height: 0 })
  await page.mouse.click(linkAt.x, linkAt.y)
  // "What if: Card …, the link Card … → Card … fail": a link, not the zone under it.
  await expect(page.getByTestId('what-if-title')).toContainText(`What if: Card ${card.id}, the link `)

  // Drawn far out the minimap is the far canvas's own: it shows the design, a drag on it pans, a wheel zooms.
  const overview = page.getByRole('img', { name: 'Overview' })
  await expect(overview).toBeVisible()
  const box = (await overview.boundingBox())!
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
  await page.mouse.move(centre.x, centre.y)
  await page.mouse.down()
  await page.mouse.move(centre.x + 12, centre.y + 6, { steps: 4 })
  await page.mouse.up()
  const panned = await readView(page)
  // Dragged right and down, the view moves right and down over the design: its transform goes left and up.
  expect(panned.x).toBeLessThan(view.x)
  expect(panned.y).toBeLessThan(view.y)
  expect(panned.zoom).toBe(view.zoom)
  await page.mouse.move(centre.x, centre.y)
  await page.mouse.wheel(0, -100)
  await expect.poll(async () => (await readView(page)).zoom).toBeGreaterThan(view.zoom)
})

async function expectNoSeriousViolations(page: Page): Promise<void> {
  // The canvas only: the rest of the screen (palette, inspector, 1,485 problems) is scanned by other journeys,
  // and axe over all of it takes most of a minute on this machine.
  const results = await new AxeBuilder({ page }).include('.canvas-wrap').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
}
