import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { ProblemsPage } from './pages/ProblemsPage'

/**
 * Screenshots of the annotations for a person to look at (saved under ARCHSIGHT_SHOTS, default test-results).
 * It asserts the state each picture is meant to show, so a blank or half-loaded picture fails.
 */
const repoRoot = resolve(import.meta.dirname, '..')
const OUT = process.env.ARCHSIGHT_SHOTS ?? resolve(repoRoot, 'test-results/annotations-look')
const TEMPLATES = resolve(repoRoot, 'resources/templates')

for (const theme of ['light', 'dark'] as const) {
  test(`annotations look, ${theme}`, async ({ page }) => {
    mkdirSync(OUT, { recursive: true })
    await page.emulateMedia({ colorScheme: theme })
    const problems = new ProblemsPage(page)
    const { editor } = problems
    await editor.goto()
    await editor.openFile(resolve(TEMPLATES, 'twitter-timeline.archsight'))
    await expect(problems.summary).toHaveAttribute('data-profile', 'read-heavy')
    await page.getByTestId('heat-toggle').click()
    await expect(page.getByTestId('heat-legend')).toBeVisible()
    await page.screenshot({ path: resolve(OUT, `annot-twitter-heat-${theme}.png`) })
    await page.getByTestId('heat-toggle').click()

    await editor.openFile(resolve(TEMPLATES, 'ticketmaster-onsale.archsight'))
    await expect(problems.problem('consistency-mismatch', 'hold-seat')).toBeVisible()
    await editor.command('view.fit')
    await problems.problem('single-point-of-failure', 'orders-db').click()
    await expect(editor.inspector.getByTestId('inspector-spof')).toBeVisible()
    await page.waitForTimeout(400)
    await page.screenshot({ path: resolve(OUT, `annot-ticketmaster-${theme}.png`) })
    await editor.inspector.getByTestId('inspector-cap').scrollIntoViewIfNeeded()
    await page.screenshot({ path: resolve(OUT, `annot-ticketmaster-cap-${theme}.png`), clip: { x: 1100, y: 40, width: 340, height: 860 } })

    if (theme === 'light') {
      await problems.problem('cache-without-ttl', 'holds-cache').hover()
      await problems.problem('cache-without-ttl', 'holds-cache').getByTestId('suppress').click()
      await page.getByTestId('suppress-confirm').click()
      await expect(page.getByTestId('suppress-error')).toBeVisible()
      await page.screenshot({ path: resolve(OUT, 'annot-suppress-dialog-light.png') })
      await page.keyboard.press('Escape')
      await page.getByTestId('open-rules').click()
      await expect(page.getByTestId('rules-dialog')).toBeVisible()
      await page.screenshot({ path: resolve(OUT, 'annot-rules-light.png') })
      await page.keyboard.press('Escape')
      await editor.canvas.click({ position: { x: 12, y: 12 } })
      await editor.inspector.getByTestId('workload-derivation').scrollIntoViewIfNeeded()
      await page.screenshot({ path: resolve(OUT, 'annot-workload-light.png'), clip: { x: 1100, y: 40, width: 340, height: 860 } })
    }
  })
}

test('three-tier SPOFs look', async ({ page }) => {
  mkdirSync(OUT, { recursive: true })
  const node = (id: string, kind: string, x: number, y: number, technology?: string) => ({ id, kind, technology, position: { x, y } })
  const edge = (id: string, source: string, target: string) => ({ id, source, target, mode: 'sync', access: 'read-write' })
  const design = {
    format: 'archsight',
    version: 1,
    name: 'Three tiers',
    workload: { monthlyActiveUsers: 2000000, readWriteRatio: 5 },
    nodes: [
      node('web', 'client', 0, 80, 'web'),
      node('lb', 'load-balancer', 260, 80, 'nginx'),
      node('api', 'service', 520, 80, 'generic'),
      node('db', 'relational-db', 780, 80, 'postgres'),
      node('queue', 'queue', 520, 260, 'aws-sqs'),
      node('worker', 'service', 780, 260, 'generic'),
    ],
    edges: [
      edge('e1', 'web', 'lb'),
      edge('e2', 'lb', 'api'),
      edge('e3', 'api', 'db'),
      { ...edge('e4', 'api', 'queue'), mode: 'async', access: 'write' },
      { ...edge('e5', 'queue', 'worker'), mode: 'async', access: 'read' },
      { ...edge('e6', 'worker', 'db'), access: 'write' },
    ],
  }
  const path = resolve(OUT, 'three-tier.archsight')
  writeFileSync(path, JSON.stringify(design))
  const problems = new ProblemsPage(page)
  await problems.editor.goto()
  await problems.editor.openFile(path)
  await expect(problems.spofMark('db')).toHaveAttribute('data-scope', 'user-facing')
  await page.screenshot({ path: resolve(OUT, 'annot-three-tier-light.png') })
})
