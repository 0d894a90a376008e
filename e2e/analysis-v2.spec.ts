import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'

// Issue 8 as a user meets it: a version 1 file saved as version 2 (said once), the new kinds from the palette,
// and the "Make it a replica" offer when two boxes of one store technology are connected.
const V1_TWITTER = resolve(import.meta.dirname, '../src/core/analysis/fixtures/v1-corpus/twitter-timeline.archsight')

test('a version 1 file opens, and its first save writes version 2 and says so once', async ({ page }, testInfo) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.openFile(V1_TWITTER)
  await expect(editor.node('tweets-db')).toBeVisible()
  const first = await editor.save()
  const firstPath = testInfo.outputPath('first.archsight')
  await first.saveAs(firstPath)
  expect(JSON.parse(readFileSync(firstPath, 'utf8')).version).toBe(2)
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('as format version 2 (it was version 1)')
  await toast.getByRole('button', { name: 'Dismiss' }).click()
  await expect(toast).toBeHidden()

  const second = await editor.save()
  await second.saveAs(testInfo.outputPath('second.archsight'))
  await expect(toast).toBeHidden()
})

test('new kinds from the palette, and connecting two PostgreSQL boxes offers to make a replica', async ({ page }, testInfo) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await editor.dragToCanvas('job', 'crawler', { x: 120, y: 120 })
  await editor.dragToCanvas('external', 'web', { x: 460, y: 120 })
  await expect(editor.node('crawler-1')).toContainText('Crawler')
  await expect(editor.node('web-1')).toContainText('The public web')
  await editor.node('crawler-1').click()
  await expect(editor.field('ratePerSecond')).toBeVisible()

  await editor.dragToCanvas('relational-db', 'postgres', { x: 120, y: 360 })
  await editor.dragToCanvas('relational-db', 'postgres', { x: 460, y: 360 })
  await editor.connect('postgres-1', 'postgres-2')
  const toast = page.getByTestId('toast')
  await expect(toast).toContainText('Two PostgreSQL stores: is postgres-2 a replica of postgres-1?')
  await toast.getByRole('button', { name: 'Make it a replica' }).click()
  await expect(editor.field('mode')).toHaveValue('replication')
  await expect(page.locator('[data-edge-id="postgres-1-postgres-2"]')).toContainText('REPL')
  await expect(page.locator('.react-flow__edge-path.is-replication')).toHaveCount(1)

  await editor.setField('fanout', '3')
  await expect(page.locator('[data-edge-id="postgres-1-postgres-2"]')).toContainText('REPL ×3')
  await page.screenshot({ path: testInfo.outputPath('analysis-v2.png') })
  await page.screenshot({ path: join(import.meta.dirname, '..', 'test-results', 'analysis-v2-look.png') })
})
