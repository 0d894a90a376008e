import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { ExportDialogPage } from './pages/ExportDialogPage'
import { LayoutControls, findOverlaps } from './pages/LayoutControls'

const SCRAMBLED = join(import.meta.dirname, 'fixtures/scrambled.archsight')

/** Edge id -> the d attribute of its line in an exported SVG. */
function readEdgePaths(svg: string): Record<string, string> {
  return Object.fromEntries([...svg.matchAll(/<g data-edge="([^"]+)"><path d="([^"]+)"/g)].map((m) => [m[1], m[2]]))
}

test('an SVG exported after auto-layout follows the routes; edges of a node moved since are curves again', async ({
  page,
}) => {
  const editor = new EditorPage(page)
  const layout = new LayoutControls(page)
  const exporter = new ExportDialogPage(page)
  await editor.goto()
  await editor.openFile(SCRAMBLED)
  await expect(editor.nodes).toHaveCount(7)
  await layout.run()
  await expect.poll(async () => findOverlaps(await layout.boxes())).toEqual([])

  await exporter.open('svg')
  const routed = readEdgePaths(new TextDecoder().decode((await exporter.exportFile()).bytes))
  expect(Object.keys(routed).length).toBe(7)
  // Routes are straight runs with rounded corners (Q), never the free-hand cubic curve (C).
  for (const d of Object.values(routed)) expect(d).not.toContain('C')
  expect(Object.values(routed).some((d) => d.includes('Q'))).toBe(true)

  const worker = await editor.node('worker').boundingBox()
  if (!worker) throw new Error('worker not on screen')
  await page.mouse.move(worker.x + worker.width / 2, worker.y + worker.height / 2)
  await page.mouse.down()
  await page.mouse.move(worker.x + worker.width / 2 + 40, worker.y + worker.height / 2 + 90, { steps: 6 })
  await page.mouse.up()

  await exporter.open('svg')
  const after = readEdgePaths(new TextDecoder().decode((await exporter.exportFile()).bytes))
  expect(after.e6).toContain('C')
  expect(after.e7).toContain('C')
  expect(after.e3).not.toContain('C')
})
