import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { EditorPage } from './pages/EditorPage'
import { ExportDialogPage } from './pages/ExportDialogPage'

/**
 * The canvas and the exported SVG draw one picture (core/picture): for the same design every card shows the
 * same marks (SPOF tag and ring, finding badge, CAP pill, heat percentage) at the same places on its border,
 * the same title lines, and every edge the same worst-finding colour. The design carries a suppressed single
 * point of failure, which neither may draw, and an unsuppressed one, which both must.
 */

const node = (id: string, kind: string, x: number, y: number, extra: Record<string, unknown> = {}) => ({ id, kind, position: { x, y }, ...extra })
const edge = (id: string, source: string, target: string, extra: Record<string, unknown> = {}) => ({
  id,
  source,
  target,
  mode: 'sync',
  access: 'read-write',
  ...extra,
})

const DESIGN = {
  format: 'archsight',
  version: 1,
  name: 'Picture parity',
  workload: { monthlyActiveUsers: 2000000, readWriteRatio: 5 },
  nodes: [
    node('web', 'client', 0, 80, { technology: 'web' }),
    node('lb', 'load-balancer', 260, 80, { technology: 'nginx' }),
    node('api', 'service', 520, 80, { label: 'Orders and payments reconciliation service', props: { instances: 2 } }),
    node('db', 'relational-db', 800, 80, { technology: 'postgres', label: 'Orders DB' }),
    node('queue', 'queue', 520, 280, { technology: 'aws-sqs' }),
    node('worker', 'service', 800, 280),
    node('cache', 'cache', 800, 440, { technology: 'redis' }),
  ],
  edges: [
    edge('e1', 'web', 'lb'),
    edge('e2', 'lb', 'api'),
    edge('e3', 'api', 'db', { consistency: 'strong' }),
    edge('e4', 'api', 'queue', { mode: 'async', access: 'write' }),
    edge('e5', 'queue', 'worker', { mode: 'async', access: 'read' }),
    edge('e6', 'worker', 'db', { access: 'write' }),
    edge('e7', 'worker', 'cache', { access: 'read', label: 'warm the cache' }),
    // A client reading a cache directly: a finding on the edge, which colours it in both pictures.
    edge('e8', 'web', 'cache', { access: 'read' }),
  ],
  // The load balancer's single point of failure is accepted: no ring, no tag, not counted, anywhere.
  suppressions: [{ rule: 'single-point-of-failure', target: 'lb', reason: 'one box for the pilot' }],
}

interface CardMarks {
  title: string[]
  /** Chip kind -> [text, severity, x from the card's left, y from its top] (rounded to whole pixels). */
  chips: Record<string, [string, string, number, number]>
  ring: string
}

/** The marks each card shows on the canvas, measured in design pixels (the canvas is zoomed). */
async function readCanvas(page: Page): Promise<Record<string, CardMarks>> {
  return page.evaluate(() => {
    const out: Record<string, CardMarks> = {}
    for (const card of document.querySelectorAll<HTMLElement>('[data-testid="node"][data-kind]:not([data-kind="zone"])')) {
      const box = card.getBoundingClientRect()
      const zoom = box.width / 184
      // The border box the picture measures from (the ring and the chips sit outside it).
      const chips: CardMarks['chips'] = {}
      for (const chip of card.querySelectorAll<HTMLElement>('.node-decorations > *')) {
        const kind = chip.dataset.testid === 'node-badge' ? 'badge' : chip.dataset.testid === 'cap-chip' ? 'cap' : chip.dataset.testid === 'spof-mark' ? 'spof' : 'heat'
        const r = chip.getBoundingClientRect()
        chips[kind] = [chip.textContent ?? '', chip.dataset.severity ?? '', Math.round((r.x - box.x) / zoom), Math.round((r.y - box.y) / zoom)]
      }
      const ring = [...card.classList].find((c) => c.startsWith('sev-')) ?? ''
      const title = [...card.querySelectorAll('[data-testid="node-title"] > span')].map((s) => s.textContent ?? '')
      out[card.dataset.nodeId as string] = { title, chips, ring: card.classList.contains('is-spof') ? ring.slice(4) : '' }
    }
    return out
  })
}

/** The same, read from the exported SVG's markup. */
async function readSvg(page: Page, svg: string): Promise<{ cards: Record<string, CardMarks>; pills: Record<string, string> }> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    const cards: Record<string, CardMarks> = {}
    for (const group of doc.querySelectorAll('g[data-node]')) {
      // The card's own rectangle: the first filled rect after the clip path.
      const rect = group.querySelector(':scope > clipPath + rect') as SVGRectElement
      const [x, y] = [Number(rect.getAttribute('x')), Number(rect.getAttribute('y'))]
      const chips: CardMarks['chips'] = {}
      for (const chip of group.querySelectorAll('g[data-chip]')) {
        const frame = chip.querySelector('rect') as SVGRectElement
        // The chip's frame is drawn half a pixel inside its box so the stroke stays in it.
        const left = Number(frame.getAttribute('x')) - 0.5
        const top = Number(frame.getAttribute('y')) - 0.5
        chips[chip.getAttribute('data-chip') as string] = [
          chip.querySelector('text')?.textContent ?? '',
          chip.getAttribute('data-severity') ?? '',
          Math.round(left - x),
          Math.round(top - y),
        ]
      }
      const ringColour = group.querySelector('[data-mark="spof"]')?.getAttribute('stroke') ?? ''
      const spofChip = group.querySelector('g[data-chip="spof"]')?.getAttribute('data-severity') ?? ''
      const title = [...group.querySelectorAll(':scope > text[font-weight="600"][font-size="13"]')].map((t) => t.textContent ?? '')
      cards[group.getAttribute('data-node') as string] = { title, chips, ring: ringColour ? spofChip : '' }
    }
    const pills: Record<string, string> = {}
    for (const pill of doc.querySelectorAll('g[data-pill]')) pills[pill.getAttribute('data-pill') as string] = pill.getAttribute('data-worst') ?? ''
    return { cards, pills }
  }, svg)
}

test('the canvas and the exported SVG show the same marks, a suppressed SPOF in neither', async ({ page }) => {
  const editor = new EditorPage(page)
  const dir = mkdtempSync(join(tmpdir(), 'archsight-parity-'))
  const file = join(dir, 'parity.archsight')
  writeFileSync(file, JSON.stringify(DESIGN, null, 2))
  await editor.goto()
  await editor.openFile(file)
  await expect(editor.nodes).toHaveCount(DESIGN.nodes.length)
  // Analysis on screen: the database's CAP pill and the worker's unsuppressed SPOF.
  await expect(editor.node('db').getByTestId('cap-chip')).toBeVisible()
  await expect(editor.node('worker').getByTestId('spof-mark')).toBeVisible()
  // The heat view's percentages are part of the picture too.
  await page.getByTestId('heat-toggle').click()
  await expect(editor.node('api').getByTestId('heat-pill')).toBeVisible()

  const canvas = await readCanvas(page)
  const edgeMarks = await page.evaluate(() =>
    Object.fromEntries([...document.querySelectorAll<HTMLElement>('[data-testid="edge-label"]')].map((l) => [l.dataset.edgeId, l.dataset.worst ?? ''])),
  )

  await page.screenshot({ path: test.info().outputPath('parity-canvas.png') })
  const exporter = new ExportDialogPage(page)
  await exporter.open('svg')
  const exported = await exporter.exportFile()
  const svgText = new TextDecoder().decode(exported.bytes)
  writeFileSync(test.info().outputPath('parity-export.svg'), svgText)
  const svg = await readSvg(page, svgText)

  // The suppressed SPOF: no tag and no ring on either side; the open one: both, in the finding's colour.
  expect(canvas.lb.chips.spof).toBeUndefined()
  expect(canvas.lb.ring).toBe('')
  expect(svg.cards.lb.chips.spof).toBeUndefined()
  expect(svg.cards.lb.ring).toBe('')
  expect(canvas.worker.chips.spof?.[0]).toBe('SPOF')
  expect(canvas.worker.ring).not.toBe('')
  // A long label wraps to two lines in both.
  expect(canvas.api.title).toHaveLength(2)
  expect(canvas.api.title.join(' ')).toContain('Orders and payments')

  expect(svg.cards).toEqual(canvas)
  expect(svg.pills).toEqual(edgeMarks)
  expect(Object.values(edgeMarks).some((worst) => worst !== '')).toBe(true)
})
