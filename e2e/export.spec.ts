import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { XMLValidator } from 'fast-xml-parser'
import { analyze } from '../src/core/analysis'
import { serializeDesign } from '../src/core/design'
import { extractDesignFromPng } from '../src/core/export/pngChunk'
import { renderDesignSvg } from '../src/core/export/svg'
import { findEdgePaths } from './pages/edgeSamples'
import { EditorPage } from './pages/EditorPage'
import { ExportDialogPage } from './pages/ExportDialogPage'
import { isNear, parseHexColour, readPngColourType, readPngHeader, samplePixels } from './pages/pngPixels'
import { readTemplate, TemplateGalleryPage } from './pages/TemplateGalleryPage'

const TEMPLATE = 'url-shortener'
const SCALE = 2

test('export a template as PNG: edges drawn, design inside, and it reopens exactly', async ({ page }) => {
  const editor = new EditorPage(page)
  const gallery = new TemplateGalleryPage(page)
  const exporter = new ExportDialogPage(page)
  const design = readTemplate(TEMPLATE)
  await editor.goto()
  await gallery.open()
  await gallery.choose(TEMPLATE)
  await expect(editor.nodes).toHaveCount(design.nodes.length)

  await exporter.open('png')
  await exporter.choose({ scale: SCALE, theme: 'light', background: true, legend: false })
  await expect(exporter.dialog.getByTestId('export-preview').locator('img')).toBeVisible()
  const png = await exporter.exportFile()
  expect(png.name).toMatch(/\.png$/)

  // The same picture core draws for these settings (the CLI's export): its size and where its edges run.
  const options = { theme: 'light', background: true, analysis: analyze(design), legend: false } as const
  const picture = renderDesignSvg(design, options)
  const header = readPngHeader(png.bytes)
  expect(header).toEqual({ width: Math.floor(picture.width * SCALE), height: Math.floor(picture.height * SCALE) })

  const edges = findEdgePaths(picture.svg)
  expect(edges.length).toBe(design.edges.length)
  // Full-strength edges with room between the cards and the label pills: sampled along their length.
  const checked = edges.filter((edge) => !edge.isFaded && edge.points.length >= 2)
  expect(checked.length).toBeGreaterThanOrEqual(Math.ceil(edges.length / 2))
  const points = checked.flatMap((edge) => edge.points.map((p) => ({ x: p.x * SCALE, y: p.y * SCALE })))
  const samples = await samplePixels(page, png.bytes, points, 2)
  let index = 0
  for (const edge of checked) {
    const hits = edge.points.filter(() => samples[index++].some((px) => isNear(px, parseHexColour(edge.stroke), 40)))
    // Dashed (async) edges may put a sample in a gap; solid ones are drawn wherever sampled.
    const needed = edge.isDashed ? Math.ceil(edge.points.length / 2) : edge.points.length
    expect(hits.length, `edge ${edge.id}`).toBeGreaterThanOrEqual(needed)
  }
  // And the check can fail: the blank corner of the picture holds no edge colour.
  const [corner] = await samplePixels(page, png.bytes, [{ x: 4, y: 4 }], 2)
  expect(corner.some((pixel) => isNear(pixel, parseHexColour(edges[0].stroke), 40))).toBe(false)
  // On its background the picture is opaque: an RGB file, its corner the theme's canvas colour exactly.
  expect(readPngColourType(png.bytes)).toBe(2)
  const background = /<rect width="100%" height="100%" fill="(#[0-9a-f]{6})"/.exec(picture.svg)?.[1] ?? ''
  expect(corner.every((pixel) => isNear(pixel, parseHexColour(background), 0) && pixel[3] === 255)).toBe(true)

  const embedded = extractDesignFromPng(png.bytes)
  expect(embedded.ok && embedded.json).toBe(serializeDesign(design))

  // Reopen the PNG in a fresh editor state and export the design as JSON: identical to the template.
  await editor.page.getByTestId('cmd-file.new').click()
  await expect(editor.nodes).toHaveCount(0)
  await editor.openFile(png.path.endsWith('.png') ? png.path : copyAs(png.bytes, 'reopen.png'))
  await expect(editor.nodes).toHaveCount(design.nodes.length)
  await expect(page.getByTestId('file-state')).toHaveText('Not saved yet')
  await exporter.open('json')
  const json = await exporter.exportFile()
  expect(json.name).toMatch(/\.json$/)
  expect(new TextDecoder().decode(json.bytes)).toBe(serializeDesign(design))
})

/** The template open in a fresh editor, its export dialog open at PNG. */
async function openTemplatePngExport(page: Page): Promise<ExportDialogPage> {
  const editor = new EditorPage(page)
  const exporter = new ExportDialogPage(page)
  await editor.goto()
  await new TemplateGalleryPage(page).open()
  await new TemplateGalleryPage(page).choose(TEMPLATE)
  await exporter.open('png')
  return exporter
}

test('a PNG without its background keeps the alpha channel: the space between the cards is transparent', async ({ page }) => {
  const exporter = await openTemplatePngExport(page)
  await exporter.choose({ scale: 1, theme: 'dark', background: false, legend: false })
  const png = await exporter.exportFile()
  expect(readPngColourType(png.bytes)).toBe(6)
  const [corner] = await samplePixels(page, png.bytes, [{ x: 2, y: 2 }], 1)
  expect(corner.every((pixel) => pixel[3] === 0)).toBe(true)
  expect(extractDesignFromPng(png.bytes).ok).toBe(true)
})

test('export SVG: a self-contained picture that parses, in the dark theme with the legend', async ({ page }) => {
  const editor = new EditorPage(page)
  const exporter = new ExportDialogPage(page)
  await editor.goto()
  await new TemplateGalleryPage(page).open()
  await new TemplateGalleryPage(page).choose('chat-service')
  await exporter.open('svg')
  await exporter.choose({ theme: 'dark', legend: true })
  const file = await exporter.exportFile()
  expect(file.name).toMatch(/\.svg$/)
  const svg = new TextDecoder().decode(file.bytes)
  expect(XMLValidator.validate(svg)).toBe(true)
  expect(svg).not.toMatch(/<script|<foreignObject|\son[a-z]+=/i)
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.localName,
      edges: doc.querySelectorAll('[data-edge]').length,
    }
  }, svg)
  expect(parsed).toEqual({ error: false, root: 'svg', edges: readTemplate('chat-service').edges.length })
  // The dark picture with the legend is what core renders for these choices.
  const design = readTemplate('chat-service')
  const options = { theme: 'dark', background: true, analysis: analyze(design), legend: true } as const
  expect(svg.trim()).toBe(renderDesignSvg(design, options).svg)
})

test('a PNG without a design is refused with a clear message and the design stays', async ({ page }) => {
  const editor = new EditorPage(page)
  await editor.goto()
  await new TemplateGalleryPage(page).open()
  await new TemplateGalleryPage(page).choose(TEMPLATE)
  const count = readTemplate(TEMPLATE).nodes.length
  await expect(editor.nodes).toHaveCount(count)
  await editor.openFile('resources/icon.png')
  await expect(editor.errorBanner).toContainText('This PNG has no Archsight design in it. Export from Archsight with')
  await expect(editor.nodes).toHaveCount(count)
})

test('a design too large for the canvas is exported smaller, and the user is told', async ({ page }) => {
  const editor = new EditorPage(page)
  const exporter = new ExportDialogPage(page)
  const wide = {
    format: 'archsight',
    version: 1,
    name: 'Very wide',
    nodes: [
      { id: 'a', kind: 'client', technology: 'web', position: { x: 0, y: 0 } },
      { id: 'b', kind: 'service', technology: 'generic', position: { x: 12_000, y: 0 } },
    ],
    edges: [{ id: 'e', source: 'a', target: 'b', mode: 'sync', access: 'read' }],
  }
  await editor.goto()
  await editor.openFile(copyAs(new TextEncoder().encode(JSON.stringify(wide)), 'wide.archsight'))
  await expect(editor.nodes).toHaveCount(2)
  await exporter.open('png')
  await exporter.choose({ scale: 2 })
  await expect(exporter.dialog.getByTestId('export-reduced')).toBeVisible()
  const png = await exporter.exportFile()
  const header = readPngHeader(png.bytes)!
  expect(header.width).toBeLessThanOrEqual(16_384)
  expect(header.width).toBeGreaterThan(16_000)
  // Scaled by a fraction, the picture may not reach the last pixel: its edges are the background, never black.
  const edges = await samplePixels(page, png.bytes, [{ x: header.width - 1, y: header.height - 1 }, { x: header.width - 1, y: 0 }], 0)
  expect(edges.flat().every(([r, g, b, a]) => a === 255 && r + g + b > 600)).toBe(true)
  await expect(page.getByTestId('toast')).toContainText('too large for a 2x PNG')
})

test('copy as PNG puts an image on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const exporter = await openTemplatePngExport(page)
  await expect(exporter.confirm).toBeFocused()
  await exporter.dialog.getByTestId('export-copy').click()
  await expect(page.getByTestId('toast')).toContainText('copied to the clipboard')
  const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((item) => [...item.types]))
  expect(types).toContain('image/png')
})

function copyAs(bytes: Uint8Array, name: string): string {
  const path = join(tmpdir(), `archsight-export-${Date.now()}-${name}`)
  writeFileSync(path, bytes)
  return path
}
