import { expect, test, type Page } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

/** Adds a component from the palette with the keyboard only: focus the search, type, Enter. */
async function addByKeyboard(page: Page, query: string) {
  await page.getByTestId('palette-search').focus()
  await page.getByTestId('palette-search').fill(query)
  await page.keyboard.press('Enter')
}

async function overlapping(page: Page): Promise<string[]> {
  return page.getByTestId('node').evaluateAll((els) => {
    const boxes = els.map((el) => ({ id: (el as HTMLElement).dataset.nodeId, r: el.getBoundingClientRect() }))
    const out: string[] = []
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (a.r.left < b.r.right && b.r.left < a.r.right && a.r.top < b.r.bottom && b.r.top < a.r.bottom) out.push(`${a.id}/${b.id}`)
    return out
  })
}

test('a design built and connected with the keyboard only: components side by side, edges from "Connect to…"', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  for (const query of ['web client', 'dns', 'service', 'postgres', 'sqs', 'redis']) await addByKeyboard(page, query)
  await expect(editor.nodes).toHaveCount(6)
  // Each lands in free space near the middle: none on top of another, all on screen.
  expect(await overlapping(page)).toEqual([])
  const canvas = (await editor.canvas.boundingBox())!
  for (const card of await editor.nodes.all()) {
    const box = (await card.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(canvas.x)
    expect(box.x + box.width).toBeLessThanOrEqual(canvas.x + canvas.width)
  }

  // Select the web client by keyboard (command palette: Go to), then connect it to DNS from the inspector.
  await page.keyboard.press('Control+K')
  const palette = page.getByTestId('command-palette')
  await expect(palette).toBeVisible()
  await page.keyboard.type('go to web')
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(editor.inspector).toContainText('web-1')

  const connect = editor.inspector.getByTestId('connect-to')
  await connect.focus()
  await page.keyboard.press('Enter')
  await expect(editor.inspector.getByTestId('connect-search')).toBeFocused()
  const options = editor.inspector.getByTestId('connect-option')
  await expect(options).toHaveCount(5)
  await page.keyboard.type('dns')
  await expect(options).toHaveCount(1)
  await expect(options.first()).toHaveAttribute('data-node-id', 'dns-1')
  await page.keyboard.press('Enter')

  // The new edge is selected and starts as the target's kind says: a client only reads from DNS.
  await expect(editor.inspector).toContainText('Connection')
  await expect(editor.field('access')).toHaveValue('read')
  await expect(editor.field('mode')).toHaveValue('sync')
  await expect(editor.inspector).toContainText('New connections to dns nodes start sync, read')
  await expect(page.locator('[data-testid="edge-label"][data-edge-id="web-1-dns-1"]')).toContainText('R')

  // The service writes to the queue: Connect to… from the command palette, with the inspector folded away
  // (Ctrl+Alt+B): the command unfolds it and opens the picker; the arrow keys choose.
  await page.keyboard.press('Control+K')
  await page.keyboard.type('go to service')
  await page.keyboard.press('Enter')
  await expect(editor.inspector).toContainText('service-1')
  await page.keyboard.press('Control+Alt+B')
  await expect(editor.inspector).toBeHidden()
  await page.keyboard.press('Control+K')
  await page.keyboard.type('connect')
  await page.keyboard.press('Enter')
  await expect(editor.inspector.getByTestId('connect-search')).toBeFocused()
  await page.keyboard.type('sqs')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(editor.field('mode')).toHaveValue('async')
  await expect(editor.field('access')).toHaveValue('write')

  // Undo takes the edge away in one step; Escape in the picker closes only the picker.
  await page.keyboard.press('Control+Z')
  await expect(page.locator('.react-flow__edge')).toHaveCount(1)
})

test('the command palette lists every command with its shortcut, adds components and runs the highlighted one', async ({ page }) => {
  test.skip(test.info().project.name === 'dev', 'dev runs the journeys whose state must survive a double mount; this one is the same page')
  const editor = new EditorPage(page)
  await editor.goto()
  await page.keyboard.press('Control+K')
  const palette = page.getByTestId('command-palette')
  await expect(palette).toBeVisible()
  await expect(palette.getByTestId('command-palette-input')).toBeFocused()
  const options = palette.getByTestId('command-palette-option')
  await expect(options.filter({ hasText: 'Save as…' })).toContainText('Ctrl+Shift+S')
  await expect(options.filter({ hasText: 'Toggle load heat view' })).toContainText('Shift+H')
  await expect(options.filter({ hasText: 'Fit to screen' })).toContainText('Shift+1')
  await expect(options.filter({ hasText: 'Add Kafka' })).toHaveCount(1)

  await page.keyboard.type('add kafka')
  await expect(options.first()).toContainText('Add Kafka')
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(editor.node('kafka-1')).toBeVisible()

  // Arrow keys move the highlight; Escape closes without running anything.
  await page.keyboard.press('Control+K')
  await page.keyboard.type('toggle')
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(editor.nodes).toHaveCount(1)

  // Running a toggle from the palette: the problems panel folds away, and comes back.
  await page.keyboard.press('Control+K')
  await page.keyboard.type('problems panel')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('problems-panel')).toBeHidden()
  await page.keyboard.press('Control+J')
  await expect(page.getByTestId('problems-panel')).toBeVisible()
})
