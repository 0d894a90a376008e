import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { ProblemsPage } from './pages/ProblemsPage'

/**
 * Screenshots of the annotations for a person to look at (saved under ARCHSIGHT_SHOTS, default test-results).
 * It asserts the state each picture is meant to show, so a blank or half-loaded picture fails.
 */
const repoRoot = resolve(import.meta.dirname, '..')
const OUT = process.env.ARCHSIGHT_SHOTS ?? resolve(repoRoot, 'test-results/annotations-look')

for (const theme of ['light', 'dark'] as const) {
  test(`annotations look, ${theme}`, async ({ page }) => {
    mkdirSync(OUT, { recursive: true })
    await page.emulateMedia({ colorScheme: theme })
    const problems = new ProblemsPage(page)
    await problems.editor.goto()
    await problems.editor.openFile(resolve(repoRoot, 'resources/templates/twitter-timeline.archsight'))
    await expect(problems.summary).toHaveAttribute('data-profile', 'read-heavy')
    await page.getByTestId('heat-toggle').click()
    await expect(page.getByTestId('heat-legend')).toBeVisible()
    await page.screenshot({ path: resolve(OUT, `annot-twitter-heat-${theme}.png`) })

    await problems.editor.openFile(resolve(repoRoot, 'resources/templates/ticketmaster-onsale.archsight'))
    await expect(problems.problem('consistency-mismatch', 'hold-seat')).toBeVisible()
    await page.getByTestId('heat-toggle').click()
    await problems.editor.node('orders-db').click()
    await expect(problems.editor.inspector.getByTestId('inspector-cap')).toBeVisible()
    await page.screenshot({ path: resolve(OUT, `annot-ticketmaster-${theme}.png`) })
  })
}
