import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { centreOf, dragBy } from './pages/pointer'

// A drop is committed to the design in the task after the release (store/pendingEdit.ts), so that at 1,000 cards
// neither is a long task. Whatever comes next must see the drop: these put a key press inside that gap. Saves
// are read from the browser's downloads: in the instant after a drag, d3-drag cancels every click on the page,
// which once cancelled the download of a Save made then (platform/browser.ts).

const SHOP = join(import.meta.dirname, 'fixtures/zoned-shop.archsight')

/** Drags a card by its middle. */
async function drag(page: Page, card: Locator, by: { x: number; y: number }): Promise<void> {
  await dragBy(page, await centreOf(card), by, 8)
}

/**
 * The next key press arrives in the release's own task: the click that follows the mouse up (dispatched in the
 * same task, after React Flow's drag has ended and asked for its commit) presses it, before that commit could run.
 */
async function pressInTheReleasesTask(page: Page, key: { key: string; code: string }): Promise<void> {
  await page.evaluate((k) => {
    const press = () => document.body.dispatchEvent(new KeyboardEvent('keydown', { ...k, ctrlKey: true, bubbles: true, cancelable: true }))
    addEventListener('click', press, { capture: true, once: true })
  }, key)
}

type Saved = { nodes: Array<{ id: string; position: { x: number; y: number } }> }

/** Runs `act` (a Save, or a drag that ends in one) and reads the file the browser downloaded. */
async function saveAndRead(page: Page, act: () => Promise<void>): Promise<Saved> {
  const download = page.waitForEvent('download', { timeout: 5_000 })
  await act()
  return JSON.parse(readFileSync(await (await download).path(), 'utf8')) as Saved
}

const pressSave = (page: Page) => () => page.keyboard.press('Control+S')

const positionOf = (saved: Saved, id: string) => saved.nodes.find((n) => n.id === id)?.position

/** Two cards, a and b, in a file opened as a person does (File > Open): Save then writes straight to it. */
async function openTwoCards(page: Page): Promise<EditorPage> {
  const path = join(mkdtempSync(join(tmpdir(), 'archsight-drop-')), 'two.archsight')
  const nodes = [
    { id: 'a', kind: 'service', position: { x: 100, y: 100 } },
    { id: 'b', kind: 'service', position: { x: 500, y: 100 } },
  ]
  writeFileSync(path, JSON.stringify({ format: 'archsight', version: 1, name: 'Two', nodes, edges: [] }))
  const editor = new EditorPage(page)
  await editor.goto()
  const chooser = page.waitForEvent('filechooser')
  await editor.command('file.open')
  await (await chooser).setFiles(path)
  await expect(editor.node('a')).toBeVisible()
  return editor
}

test('a card dropped and saved in the same instant is saved where it was dropped; undone in that instant, that drag is undone', async ({ page }) => {
  const editor = await openTwoCards(page)

  // An edit before: an undo in the gap must not take this one back instead.
  await drag(page, editor.node('b'), { x: 0, y: 120 })
  const bMoved = positionOf(await saveAndRead(page, pressSave(page)), 'b')
  expect(bMoved?.y).toBeGreaterThan(150)

  await pressInTheReleasesTask(page, { key: 's', code: 'KeyS' })
  const savedAtOnce = positionOf(await saveAndRead(page, () => drag(page, editor.node('a'), { x: 160, y: 90 })), 'a')
  expect(savedAtOnce?.x).toBeGreaterThan(150)
  expect(savedAtOnce?.y).toBeGreaterThan(130)
  // The same as the design holds once everything has settled, and nothing is left unsaved.
  await expect(page.getByTestId('file-state')).not.toHaveClass(/is-dirty/)
  expect(positionOf(await saveAndRead(page, pressSave(page)), 'a')).toEqual(savedAtOnce)

  const drawnBefore = await editor.node('a').boundingBox()
  await pressInTheReleasesTask(page, { key: 'z', code: 'KeyZ' })
  await drag(page, editor.node('a'), { x: -200, y: 140 })
  // Drawn back where it was too: the canvas renders a dropped design after the drop's commit (useCanvasFlow), and
  // the undo in that instant brings back the design it last drew, with the card still where it was dropped.
  await expect.poll(async () => editor.node('a').boundingBox()).toEqual(drawnBefore)
  await page.waitForTimeout(300)
  expect(await editor.node('a').boundingBox()).toEqual(drawnBefore)
  const afterUndo = await saveAndRead(page, pressSave(page))
  expect(positionOf(afterUndo, 'a')).toEqual(savedAtOnce)
  expect(positionOf(afterUndo, 'b')).toEqual(bMoved)
  // Redo brings the undone drag back: it was one step, committed before the undo.
  await page.keyboard.press('Control+Shift+Z')
  const redone = positionOf(await saveAndRead(page, pressSave(page)), 'a')
  expect(redone?.x).toBeLessThan((savedAtOnce?.x ?? 0) - 150)
})

test('a key pressed while cards are dragged waits for the drop: Delete under a drag deletes nothing, and what is drawn is what Save writes', async ({ page }) => {
  const editor = await openTwoCards(page)
  const card = editor.node('a')
  await expect(card).toBeVisible()

  const from = await centreOf(card)
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 })
  await page.keyboard.press('Delete')
  await page.keyboard.press('Control+Z')
  await page.mouse.move(from.x + 120, from.y + 80, { steps: 6 })
  await page.mouse.up()
  await expect(card).toBeVisible()
  const dropped = positionOf(await saveAndRead(page, pressSave(page)), 'a')
  expect(dropped?.x).toBeGreaterThan(150)
  const drawnAtDrop = await centreOf(card)

  // Delete after the drop deletes it; undo brings it back where it was dropped, drawn where Save puts it.
  await page.keyboard.press('Delete')
  await expect(card).toHaveCount(0)
  await page.keyboard.press('Control+Z')
  await expect(card).toBeVisible()
  const back = await centreOf(card)
  expect(Math.abs(back.x - drawnAtDrop.x)).toBeLessThan(2)
  expect(Math.abs(back.y - drawnAtDrop.y)).toBeLessThan(2)
  expect(positionOf(await saveAndRead(page, pressSave(page)), 'a')).toEqual(dropped)
})

/** Installs, before the app's scripts, a stand-in for React's DevTools hook that notes what each commit rendered. */
async function recordRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    type Fiber = { tag: number; flags: number; child: Fiber | null; sibling: Fiber | null; stateNode: unknown }
    const rendered: Element[] = []
    let previous = new WeakSet<Fiber>()
    const w = window as unknown as { __rendered: Element[]; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
    w.__rendered = rendered
    const hostOf = (fiber: Fiber): Element | null => {
      for (let f: Fiber | null = fiber; f; f = f.child) if (f.tag === 5 && f.stateNode instanceof Element) return f.stateNode
      return null
    }
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      // A function component rendered in this commit: a fiber new since the last commit, with work performed.
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        const seen = new WeakSet<Fiber>()
        const stack: Fiber[] = [root.current]
        while (stack.length > 0) {
          const fiber = stack.pop() as Fiber
          seen.add(fiber)
          if ((fiber.tag === 0 || fiber.tag === 11 || fiber.tag === 14 || fiber.tag === 15) && !previous.has(fiber) && (fiber.flags & 1) === 1) {
            const host = hostOf(fiber)
            if (host) rendered.push(host)
          }
          if (fiber.sibling) stack.push(fiber.sibling)
          if (fiber.child) stack.push(fiber.child)
        }
        previous = seen
      },
    }
  })
}

/** What rendered since the last call: zones by id, and the count of components in the top bar and the palette. */
async function takeRenders(page: Page): Promise<{ zones: string[]; topBar: number; palette: number }> {
  return page.evaluate(() => {
    const list = (window as unknown as { __rendered: Element[] }).__rendered
    const taken = list.splice(0, list.length)
    const zones = new Set(taken.map((el) => el.closest('[data-kind="zone"]')?.getAttribute('data-node-id')).filter((id): id is string => !!id))
    return {
      zones: [...zones].sort(),
      topBar: taken.filter((el) => el.closest('.top-bar')).length,
      palette: taken.filter((el) => el.closest('.palette')).length,
    }
  })
}

test('a drop renders what it changed: no zone it left alone, and (after the first edit) not the top bar or the palette', async ({ page }) => {
  await recordRenders(page)
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(SHOP)
  const worker = editor.node('worker')
  await expect(worker).toBeVisible()
  await page.waitForTimeout(500)
  await takeRenders(page)

  // The first drop, of a card in no zone: the file's zone positions were set at load, so no zone is renewed.
  await drag(page, worker, { x: 40, y: 30 })
  await expect(page.getByTestId('file-state')).toHaveClass(/is-dirty/)
  await page.waitForTimeout(400)
  expect((await takeRenders(page)).zones).toEqual([])

  // A later drop: the app's frame does not follow the design (only what shows the dirty state did, once).
  await drag(page, worker, { x: 30, y: 40 })
  await page.waitForTimeout(400)
  const second = await takeRenders(page)
  expect(second).toEqual({ zones: [], topBar: 0, palette: 0 })

  // A card in zone az-b: that zone (drawn around it) and the region around the zone, and nothing else.
  await drag(page, editor.node('cache'), { x: 40, y: 20 })
  await page.waitForTimeout(400)
  const inZone = await takeRenders(page)
  expect(inZone.zones.every((id) => ['az-b', 'region'].includes(id))).toBe(true)
  expect(inZone.zones).toContain('az-b')
  expect(inZone.topBar + inZone.palette).toBe(0)
})
