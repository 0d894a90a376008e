import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { DRAWINGS, InteropPage, TEMPLATE, writeTemp } from './pages/InteropPage'

/**
 * Pictures of issue 14's app surfaces for people to look at, not assertions: the import report, the draw.io
 * export and compare mode, at 1024x700 and 1440x900, light and dark.
 * ARCHSIGHT_SCREENSHOTS=<dir> npx playwright test e2e/interop-screenshots.spec.ts --project built
 */
const dir = process.env.ARCHSIGHT_SCREENSHOTS
const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
] as const

test.skip(!dir, 'set ARCHSIGHT_SCREENSHOTS to a folder to write the screenshots')

function writeOldVersion(): string {
  const design = JSON.parse(readFileSync(TEMPLATE, 'utf8'))
  design.nodes = design.nodes.filter((n: { id: string }) => n.id !== 'logs')
  design.edges = design.edges.filter((e: { target: string }) => e.target !== 'logs')
  for (const node of design.nodes) if (node.id === 'tweets-db') node.props = { replicas: 0, shards: 4 }
  design.nodes.push({ id: 'archive-db', kind: 'relational-db', label: 'Archive DB', position: { x: 900, y: 600 } })
  return writeTemp('last-week.archsight', JSON.stringify(design))
}

for (const size of SIZES) {
  for (const theme of ['light', 'dark'] as const) {
    const tag = `${size.width}x${size.height}-${theme}`
    test(`interop screenshots ${tag}`, async ({ page }) => {
      const shot = (name: string) => page.screenshot({ path: join(dir as string, `${name}-${tag}.png`) })
      await page.setViewportSize(size)
      await page.emulateMedia({ colorScheme: theme })
      const app = new InteropPage(page)
      await app.editor.goto()
      await app.editor.openFile(TEMPLATE)
      await expect(app.editor.node('timeline-svc')).toBeVisible()
      await app.importDrawing(join(DRAWINGS, '01-lumiticketing-aws.drawio'))
      await shot('i14-01-import-report')
      await page.keyboard.press('Escape')
      await page.getByTestId('export-menu').click()
      await shot('i14-02-export-menu')
      await page.getByTestId('export-drawio').click()
      await expect(page.getByTestId('export-dialog')).toBeVisible()
      await shot('i14-03-export-drawio')
      await page.keyboard.press('Escape')
      await app.choose('file.compareWith', writeOldVersion())
      await expect(app.comparePanel).toBeVisible()
      await page.waitForTimeout(400)
      await shot('i14-04-compare')
    })
  }
}
