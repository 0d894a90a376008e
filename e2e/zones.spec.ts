import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { centreOf, dragBy as drag } from './pages/pointer'

test('a zone carries what was dropped into it; a node dragged out stays behind; each drag is one undo step', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('zone', 'availability-zone', { x: 400, y: 260 })
  await editor.dragToCanvas('service', 'generic', { x: 400, y: 270 })
  const zone = editor.node('availability-zone-1')
  const service = editor.node('service-1')
  const zoneHeader = zone.locator('.arch-zone__header')

  const before = await centreOf(service)
  await drag(page, await centreOf(zoneHeader), { x: 120, y: 80 })
  const carried = await centreOf(service)
  expect(Math.round(carried.x - before.x)).toBeGreaterThan(100)
  expect(Math.round(carried.y - before.y)).toBeGreaterThan(60)

  await page.keyboard.press('Control+Z')
  await expect.poll(async () => Math.round((await centreOf(service)).x)).toBe(Math.round(before.x))
  await page.keyboard.press('Control+Shift+Z')
  await expect.poll(async () => Math.round((await centreOf(service)).x)).toBe(Math.round(carried.x))

  // The zone was the last thing dragged; pressing the card to drag it selects it: after the drop the inspector
  // shows the card (it follows the selection in a background render), and one undo puts it back in the zone.
  await expect(editor.inspector.getByTitle('Id (used in files and findings)')).toHaveText('availability-zone-1')
  await drag(page, carried, { x: 0, y: 320 })
  const outside = await centreOf(service)
  await expect(editor.inspector.getByTitle('Id (used in files and findings)')).toHaveText('service-1')
  const isInZone = async () => {
    const [card, box] = [await centreOf(service), await zone.boundingBox()]
    return !!box && card.x > box.x && card.x < box.x + box.width && card.y > box.y && card.y < box.y + box.height
  }
  expect(await isInZone()).toBe(false)
  await page.keyboard.press('Control+Z')
  await expect.poll(isInZone).toBe(true)
  await page.keyboard.press('Control+Shift+Z')
  await expect.poll(isInZone).toBe(false)
  await drag(page, await centreOf(zoneHeader), { x: -150, y: 0 })
  const after = await centreOf(service)
  expect(Math.abs(after.x - outside.x)).toBeLessThan(2)
})
