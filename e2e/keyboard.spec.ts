import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

test('keyboard only: find a component, add it at the centre, delete it', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  for (let i = 0; i < 30; i++) {
    if (await editor.search.evaluate((el) => el === document.activeElement)) break
    await page.keyboard.press('Tab')
  }
  await expect(editor.search).toBeFocused()
  // "redis" also finds Redis as a key-value store since format v2: search for the cache by its own name.
  await page.keyboard.type('memcached')
  await page.keyboard.press('Tab')
  const item = editor.paletteItem('cache', 'memcached')
  await expect(item).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(editor.nodes).toHaveCount(1)
  await expect(editor.node('memcached-1')).toContainText('Memcached')
  await expect(editor.inspector).toContainText('memcached-1')
  await page.keyboard.press('Delete')
  await expect(editor.nodes).toHaveCount(0)

  // Escape drops the selection: Delete then has nothing to delete.
  await page.keyboard.press('Enter')
  await expect(editor.nodes).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(editor.inspector).toContainText('Design')
  await page.keyboard.press('Delete')
  await expect(editor.nodes).toHaveCount(1)
})

test('arrow keys move the selected node, one undo step per press', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('service', 'generic', { x: 300, y: 200 })
  const node = editor.node('service-1')
  await node.click()
  const x = async () => Math.round((await node.boundingBox())?.x ?? 0)
  const before = await x()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect.poll(x).toBeGreaterThan(before + 10)
  await page.keyboard.press('Control+Z')
  await page.keyboard.press('Control+Z')
  await expect.poll(x).toBe(before)
})
