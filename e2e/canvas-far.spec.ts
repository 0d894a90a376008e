import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { generateDesign } from '../src/core/analysis/fixtures/generateDesign'
import { serializeDesign } from '../src/core/design'
import { EditorPage } from './pages/EditorPage'
import { centreOf } from './pages/pointer'

/**
 * Every card and zone on screen, nearest the canvas's centre first (clear of the overlays at its edges), with
 * whether a press at its centre lands on it.
 */
async function cardsFromCentre(editor: EditorPage): Promise<{ id: string; x: number; y: number; pressed: boolean }[]> {
  const centre = await centreOf(editor.canvas)
  const boxes = await editor.nodes.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
      return { id: el.getAttribute('data-node-id') ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2, pressed: hit?.closest('[data-testid="node"]') === el }
    }),
  )
  return boxes.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y))
}

/** A generated design (400 cards unless said) opened into a fresh editor, which fits it far out. */
async function openFarDesign(page: Page, size = 400): Promise<{ editor: EditorPage; wrap: Locator }> {
  const file = join(mkdtempSync(join(tmpdir(), 'archsight-far-')), 'far.archsight')
  writeFileSync(file, serializeDesign(generateDesign(size)))
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(file)
  return { editor, wrap: page.locator('.canvas-wrap') }
}

/**
 * Zoomed far out (under 40 %), a large design (over 300 cards) leaves out what nobody can read or aim at there
 * (handles, icons, edge pills) so a drag stays smooth at 1,000 cards; cards and edges stay, a drag still moves
 * a card as one undo step, and coming back near brings the pills and icons back. A small design keeps them at
 * every zoom: a template fitted into a 1024 px window sits under 40 % and must still show its labels.
 */
test('a small design zoomed far out keeps its pills, icons and handles; a drag is one undo step', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 200, y: 200 })
  await editor.dragToCanvas('cache', 'redis', { x: 520, y: 200 })
  await editor.dragToCanvas('relational-db', 'postgres', { x: 520, y: 420 })
  await editor.connect('service-1', 'redis-1')
  const label = page.locator('[data-testid="edge-label"][data-edge-id="service-1-redis-1"]')
  await expect(label).toBeVisible()
  const wrap = page.locator('.canvas-wrap')

  const zoomOut = page.getByRole('button', { name: 'Zoom Out' })
  for (let i = 0; i < 6; i++) await zoomOut.click()
  await expect(wrap).not.toHaveClass(/is-far/)
  await expect(label).toBeVisible()
  await expect(editor.node('service-1').locator('.kind-tile')).toBeVisible()

  // A drag far out moves the card and its edge, and is one undo step.
  const path = page.locator('.react-flow__edge-path.arch-edge')
  const pathBefore = await path.getAttribute('d')
  const before = await centreOf(editor.node('service-1'))
  await page.mouse.move(before.x, before.y)
  await page.mouse.down()
  await page.mouse.move(before.x, before.y + 40, { steps: 8 })
  await page.mouse.up()
  const after = await centreOf(editor.node('service-1'))
  expect(after.y - before.y).toBeGreaterThan(30)
  await expect(path).not.toHaveAttribute('d', pathBefore ?? '')
  await page.keyboard.press('Control+Z')
  await expect.poll(async () => Math.round((await centreOf(editor.node('service-1'))).y)).toBe(Math.round(before.y))
  await expect(path).toHaveAttribute('d', pathBefore ?? '')
  await editor.connect('service-1', 'postgres-1')
  await expect(editor.edges).toHaveCount(2)
})

test('a 400-card design fitted far out: pills, icons and handles go, cards and edges stay, a drag is one undo step; near again, all is back', async ({ page }) => {
  const { editor, wrap } = await openFarDesign(page)
  await expect(wrap).toHaveClass(/is-far/)
  const [nearest] = await cardsFromCentre(editor)
  const node = editor.node(nearest.id)
  await expect(node).toBeVisible()
  await expect(node.locator('.kind-tile')).toBeHidden()
  await expect(node.locator('.react-flow__handle').first()).toBeHidden()
  await expect(page.locator('[data-testid="edge-label"]').first()).toBeHidden()
  expect(await editor.edges.count()).toBeGreaterThan(100)

  // A press on any card lands on that card (a zone's middle may be a card's): an edge from a card in a zone is lifted over the zone, and was
  // over the cards outside zones too, so a press where it crossed one grabbed the edge.
  const missed = await editor.nodes.evaluateAll((els) =>
    els.flatMap((el) => {
      const r = el.getBoundingClientRect()
      const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
      const inView = r.x > 0 && r.y > 0 && r.right < innerWidth && r.bottom < innerHeight
      const isCard = el.closest('.react-flow__node-component') !== null
      return isCard && inView && hit && !el.contains(hit) && !hit.closest('.react-flow__panel') ? [hit.getAttribute('class')] : []
    }),
  )
  expect(missed).toEqual([])

  const before = await centreOf(node)
  await page.mouse.move(before.x, before.y)
  await page.mouse.down()
  await page.mouse.move(before.x, before.y + 30, { steps: 8 })
  await page.mouse.up()
  await expect.poll(async () => (await centreOf(node)).y - before.y).toBeGreaterThan(20)
  await page.keyboard.press('Control+Z')
  await expect.poll(async () => Math.round((await centreOf(node)).y)).toBe(Math.round(before.y))

  const zoomIn = page.getByRole('button', { name: 'Zoom In' })
  for (let i = 0; i < 8 && (await wrap.getAttribute('class'))?.includes('is-far'); i++) await zoomIn.click()
  await expect(wrap).not.toHaveClass(/is-far/)
  await expect(page.locator('.react-flow__node .kind-tile').first()).toBeVisible()
  await expect(page.locator('[data-testid="edge-label"]').first()).toBeVisible()

  // Far out the handles were plain elements React Flow only measured (ComponentNode's MeasuredHandle); near they
  // are React Flow's again: a connection drawn from a card's side handle to another card is made.
  const near = (await cardsFromCentre(editor)).filter((c) => c.pressed).map((c) => c.id)
  const from = near[0]
  const linked = await page.locator(`[data-edge-id^="${from}-"]`).evaluateAll((els) => els.map((el) => el.getAttribute('data-edge-id')))
  const to = near.slice(1).find((id) => !linked.includes(`${from}-${id}`))!
  await expect(editor.node(from).locator('.react-flow__handle.connectionindicator')).toHaveCount(4)
  const edgesBefore = await editor.edges.count()
  await editor.connect(from, to)
  await expect(editor.edges).toHaveCount(edgesBefore + 1)
})

/** Each mark on a card: its offset from the card's border box in design pixels, and whether it takes the pointer. */
async function marksOf(page: Page, id: string) {
  return page.evaluate((nodeId) => {
    const card = document.querySelector<HTMLElement>(`.arch-node[data-node-id="${nodeId}"]`) as HTMLElement
    const box = card.getBoundingClientRect()
    const zoom = box.width / card.offsetWidth
    return [...card.querySelectorAll<HTMLElement>('.node-decorations > *')].map((chip) => {
      const r = chip.getBoundingClientRect()
      // Every element that takes the pointer at the chip's centre (an edge's wide hit line can lie over it).
      const hits = document.elementsFromPoint(r.x + r.width / 2, r.y + r.height / 2)
      const takesPointer = hits.some((el) => chip.contains(el)) && !hits.some((el) => el.classList.contains('node-decorations'))
      return { kind: chip.dataset.testid, x: (r.x - box.x) / zoom, y: (r.y - box.y) / zoom, width: r.width / zoom, takesPointer }
    })
  }, id)
}

/**
 * The marks are placed in one grid cell of their row, and far out the card is not positioned (each positioned
 * element was a paint layer of its own): they must sit where core/picture puts them at every zoom, and take the
 * pointer through the row, which does not.
 */
test('far out and near, the marks on a card sit at the same place on its border and take the pointer', async ({ page }) => {
  const { editor, wrap } = await openFarDesign(page)
  await expect(wrap).toHaveClass(/is-far/)
  // The findings of a large design arrive from the analysis worker a moment after it opens.
  await expect.poll(() => page.locator('.arch-node .node-decorations').count()).toBeGreaterThan(10)
  const centre = await centreOf(editor.canvas)
  const withMarks = await page.locator('.arch-node:has(.node-decorations)').evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { id: el.getAttribute('data-node-id') ?? '', x: r.x + r.width / 2, y: r.y + r.height / 2 }
    }),
  )
  const { id } = withMarks.sort((a, b) => Math.hypot(a.x - centre.x, a.y - centre.y) - Math.hypot(b.x - centre.x, b.y - centre.y))[0]
  const far = await marksOf(page, id)
  expect(far.length).toBeGreaterThan(0)
  for (const mark of far) expect(mark.takesPointer, `${mark.kind} takes the pointer far out`).toBe(true)

  const zoomIn = page.getByRole('button', { name: 'Zoom In' })
  for (let i = 0; i < 8 && (await wrap.getAttribute('class'))?.includes('is-far'); i++) await zoomIn.click()
  await expect(wrap).not.toHaveClass(/is-far/)
  const near = await marksOf(page, id)
  expect(near.map((m) => m.kind)).toEqual(far.map((m) => m.kind))
  near.forEach((mark, i) => {
    expect(mark.x).toBeCloseTo(far[i].x, 0)
    expect(mark.y).toBeCloseTo(far[i].y, 0)
    expect(mark.width).toBeCloseTo(far[i].width, 0)
  })
})

/**
 * Far out a pan must not repaint every card each frame: under 20 % the picture is one composited layer, which a
 * pan moves; while the view is dragged a sheet over the cards takes the pointer (one hit test a move instead of
 * every card's); dashes too small to see are drawn longer. The sheet goes when the pan ends, the layer and the
 * long dashes when the view comes near.
 */
test('a 400-card design panned far out: one layer, a sheet while the view moves, cards under the pointer again after; no layer and short dashes near', async ({ page }) => {
  const { wrap } = await openFarDesign(page)
  await expect(wrap).toHaveClass(/is-farthest/)
  const viewport = page.locator('.react-flow__viewport')
  const asyncEdge = page.locator('.react-flow__edge-path.arch-edge.is-async').first()
  const zone = page.locator('.arch-zone:not(.zone-region)').first()
  await expect(asyncEdge).toHaveCSS('stroke-dasharray', '48px, 32px')
  await expect(zone).toHaveCSS('border-top-style', 'solid')
  // Farthest out a card's corners and shadow are under a pixel: drawn square with one shadow, cheaper to raster
  // again under a dragged card's edges; a stacked card keeps the shadows that draw its stack.
  const plainCard = page.locator('.arch-node:not(.is-stacked)').first()
  await expect(plainCard).toHaveCSS('border-top-left-radius', '0px')
  await expect(zone).toHaveCSS('border-top-left-radius', '0px')
  const shadowsOf = (card: Locator) => card.evaluate((el) => getComputedStyle(el).boxShadow.split(/,(?![^(]*\))/).length)
  expect(await shadowsOf(plainCard)).toBe(1)
  const stacked = page.locator('.arch-node.is-stacked').first()
  await expect(stacked).not.toHaveCount(0)
  expect(await shadowsOf(stacked)).toBe(6)
  const ringStyle = () => page.locator('.arch-node.is-spof > .node-decorations').first().evaluate((el) => getComputedStyle(el, '::after').borderTopStyle)
  expect(await ringStyle()).toBe('solid')

  // A point of the empty pane to pan from, and a card in view to look under.
  const { pane, card } = await page.evaluate(() => {
    const box = document.querySelector('.react-flow')!.getBoundingClientRect()
    let panePoint: { x: number; y: number } | null = null
    for (let ring = 0; ring < 40 && !panePoint; ring++) {
      for (let k = 0; k < 16 && !panePoint; k++) {
        const x = box.left + box.width / 2 + Math.cos((k * Math.PI) / 8) * ring * 12
        const y = box.top + box.height / 2 + Math.sin((k * Math.PI) / 8) * ring * 12
        if (document.elementFromPoint(x, y)?.classList.contains('react-flow__pane')) panePoint = { x, y }
      }
    }
    const cardBox = document.querySelector('.react-flow__node-component')!.getBoundingClientRect()
    return { pane: panePoint!, card: { x: cardBox.left + cardBox.width / 2, y: cardBox.top + cardBox.height / 2 } }
  })
  const isCardAt = (p: { x: number; y: number }) =>
    page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('.react-flow__node'), p)
  expect(await isCardAt(card)).toBe(true)
  // The layer is there before the pan starts: made at its start, its first raster was the pan's slowest frame.
  await expect(viewport).toHaveCSS('will-change', 'transform')
  // Under it, first in its paint order, the invisible box that keeps it one piece (LayerExtent.tsx): around every
  // card, taking no pointer (the card under the pointer above proves it), hidden from assistive technology.
  const extent = page.getByTestId('layer-extent')
  await expect(extent).toHaveCount(1)
  await expect(extent).toHaveAttribute('aria-hidden', 'true')
  await expect(extent).toHaveCSS('pointer-events', 'none')
  await expect(extent).toHaveCSS('z-index', '-1')
  const outside = await page.evaluate(() => {
    const box = document.querySelector('[data-testid="layer-extent"]')!.getBoundingClientRect()
    return [...document.querySelectorAll('.react-flow__node')].filter((el) => {
      const r = el.getBoundingClientRect()
      return r.left < box.left || r.top < box.top || r.right > box.right || r.bottom > box.bottom
    }).length
  })
  expect(outside).toBe(0)

  const transformBefore = await viewport.evaluate((el) => getComputedStyle(el).transform)
  await page.mouse.move(pane.x, pane.y)
  await page.mouse.down({ button: 'middle' })
  await page.mouse.move(pane.x + 30, pane.y + 20, { steps: 6 })
  await expect(viewport).toHaveCSS('will-change', 'transform')
  expect(await isCardAt({ x: card.x + 30, y: card.y + 20 })).toBe(false)
  await page.mouse.up({ button: 'middle' })
  await expect(viewport).toHaveCSS('will-change', 'transform')
  expect(await viewport.evaluate((el) => getComputedStyle(el).transform)).not.toBe(transformBefore)
  await expect.poll(() => isCardAt({ x: card.x + 30, y: card.y + 20 })).toBe(true)

  // A card dragged far out moves inside the layer: it stays one (leaving it and making it again cost the drag's
  // first and last frames), and the card lands where it was dropped.
  const moved = { x: card.x + 30, y: card.y + 20 }
  const cardId = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)!.closest('.react-flow__node')!.getAttribute('data-id'), moved)
  const cardBox = () => page.locator(`.react-flow__node[data-id="${cardId}"]`).boundingBox()
  const startBox = (await cardBox())!
  await page.mouse.move(moved.x, moved.y)
  await page.mouse.down()
  await page.mouse.move(moved.x + 20, moved.y + 12, { steps: 5 })
  await expect(page.locator('.react-flow__node.dragging')).toHaveCount(1)
  await expect(viewport).toHaveCSS('will-change', 'transform')
  await page.mouse.move(moved.x + 40, moved.y + 24, { steps: 5 })
  await page.mouse.up()
  await expect(page.locator('.react-flow__node.dragging')).toHaveCount(0)
  await expect(viewport).toHaveCSS('will-change', 'transform')
  const endBox = (await cardBox())!
  // The pointer moved 40 x 24 px; its first step (4 x 2.4 px) only starts the drag, and the 8-unit grid is under
  // a pixel at this zoom.
  expect(Math.abs(endBox.x - startBox.x - 40)).toBeLessThan(6)
  expect(Math.abs(endBox.y - startBox.y - 24)).toBeLessThan(6)
  await page.keyboard.press('Control+z')
  await expect.poll(async () => (await cardBox())!.x).toBeCloseTo(startBox.x, 0)

  // Near, the picture is drawn as it is exported: the short dashes and the zone's dashed outline are back, and
  // a pan repaints rather than moving a layer whose pixels were drawn at another zoom.
  const zoomIn = page.getByRole('button', { name: 'Zoom In' })
  for (let i = 0; i < 10 && (await wrap.getAttribute('class'))?.includes('is-far'); i++) await zoomIn.click()
  await expect(wrap).not.toHaveClass(/is-far/)
  await expect(viewport).toHaveCSS('will-change', 'auto')
  await expect(extent).toHaveCount(0)
  await expect(page.locator('.react-flow__edge-path.arch-edge.is-async').first()).toHaveCSS('stroke-dasharray', '6px, 4px')
  expect(await ringStyle()).toBe('dashed')
  await expect(plainCard).toHaveCSS('border-top-left-radius', '10px')
  expect(await shadowsOf(plainCard)).toBe(2)
  await expect(page.locator('.arch-zone:not(.zone-region)').first()).toHaveCSS('border-top-style', 'dashed')
})

/**
 * What a user can do with a card far out must not depend on what is left out there: select it with the mouse or
 * the keyboard, see it in the inspector, move it with the arrow keys (one undo step a press), keep its title and
 * finding marks; and zoomed back near, the same card shows its title, icon and handles again.
 */
test('a 400-card design fitted far out: a card is selected by click or keyboard, moved by arrow keys, and near again shows all', async ({ page }) => {
  const { editor, wrap } = await openFarDesign(page)
  await expect(wrap).toHaveClass(/is-farthest/)
  const [nearest, other] = (await cardsFromCentre(editor)).filter((b) => b.pressed)
  const node = editor.node(nearest.id)
  await expect(node.getByTestId('node-title')).not.toBeEmpty()
  const title = await node.getByTestId('node-title').textContent()

  // The mouse: a click selects the card and the inspector shows it.
  await page.mouse.click(nearest.x, nearest.y)
  await expect(node).toHaveClass(/is-selected/)
  await expect(editor.inspector).toContainText(nearest.id)

  // The keyboard: arrow keys move the selected card, one undo step a press.
  const x = async () => Math.round((await node.boundingBox())?.x ?? 0)
  const before = await x()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect.poll(x).toBeGreaterThan(before)
  await page.keyboard.press('Control+Z')
  await page.keyboard.press('Control+Z')
  await expect.poll(x).toBe(before)

  // Another card focused and chosen from the keyboard (Enter on a focused card selects it).
  await page.locator(`.react-flow__node[data-id="${other.id}"]`).focus()
  await page.keyboard.press('Enter')
  await expect(editor.node(other.id)).toHaveClass(/is-selected/)
  await expect(editor.inspector).toContainText(other.id)

  const zoomIn = page.getByRole('button', { name: 'Zoom In' })
  for (let i = 0; i < 10 && (await wrap.getAttribute('class'))?.includes('is-far'); i++) await zoomIn.click()
  await expect(wrap).not.toHaveClass(/is-far/)
  const near = editor.node(nearest.id)
  await expect(near.getByTestId('node-title')).toHaveText(title ?? '')
  await expect(near.locator('.kind-tile')).toBeAttached()
  await expect(near.locator('.react-flow__handle')).toHaveCount(5)
})

test('at 1024 x 700 a design too wide for the smallest zoom opens whole from top to bottom, and Fit view brings it back so', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  const { editor } = await openFarDesign(page, 1000)
  const viewport = page.locator('.react-flow__viewport')
  await expect(viewport).toHaveAttribute('style', /scale\(0\.1\)/)
  const fitted = await viewport.getAttribute('style')
  const canvas = (await editor.canvas.boundingBox())!
  const rows = await editor.nodes.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })))
  // React Flow's own fit centred it in the room its controls leave and cut its first row off at the top.
  expect(Math.min(...rows.map((r) => r.top))).toBeGreaterThanOrEqual(canvas.y)
  expect(Math.max(...rows.map((r) => r.bottom))).toBeLessThanOrEqual(canvas.y + canvas.height)

  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
  await page.mouse.wheel(0, 300)
  await expect(viewport).not.toHaveAttribute('style', fitted ?? '')
  await page.getByRole('button', { name: 'Fit view', exact: true }).click()
  await expect(viewport).toHaveAttribute('style', fitted ?? '')
})

test('farthest out a 1,000-card design is rendered whole, so a pan mounts nothing; nearer only the cards in view are', async ({ page }) => {
  const { editor, wrap } = await openFarDesign(page, 1000)
  await expect(wrap).toHaveClass(/is-farthest/)
  const total = await page.evaluate(() => document.querySelectorAll('.react-flow__node').length)
  // Every component and zone of the design.
  expect(total).toBe(generateDesign(1000).nodes.length)
  const canvas = (await editor.canvas.boundingBox())!

  // A pan with the middle button carries cards out of the canvas: none leaves the page, none joins it.
  await page.evaluate(() => {
    const w = window as unknown as { __churn: number }
    w.__churn = 0
    new MutationObserver((records) => {
      for (const r of records) for (const n of [...r.addedNodes, ...r.removedNodes]) if (n instanceof HTMLElement && n.classList.contains('react-flow__node')) w.__churn++
    }).observe(document.querySelector('.react-flow__nodes')!, { childList: true })
  })
  await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2)
  await page.mouse.down({ button: 'middle' })
  await page.mouse.move(canvas.x + canvas.width / 2 + 300, canvas.y + canvas.height / 2 + 200, { steps: 12 })
  await page.mouse.up({ button: 'middle' })
  // Two frames for React to commit what the last move asked for.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
  expect(await page.evaluate(() => (window as unknown as { __churn: number }).__churn)).toBe(0)
  expect(await page.evaluate(() => document.querySelectorAll('.react-flow__node').length)).toBe(total)

  // Nearer (not one layer any more), only what is in view is rendered again.
  const zoomIn = page.getByRole('button', { name: 'Zoom In' })
  for (let i = 0; i < 8 && (await wrap.getAttribute('class'))?.includes('is-farthest'); i++) await zoomIn.click()
  await expect(wrap).not.toHaveClass(/is-farthest/)
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('.react-flow__node').length), { message: 'cards rendered near' }).toBeLessThan(total)
})
