import { Resvg } from '@resvg/resvg-js'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { analyze } from '@core/analysis'
import { parseDesign, serializeDesign } from '@core/design'
import { extractDesignFromPng, isPng } from '@core/export/pngChunk'
import { formatCompact } from '@core/export/svgLegend'
import { scaleWorkload } from '@core/design/edit/scaleWorkload'
import TEMPLATE from '../../../../resources/templates/twitter-timeline.archsight?raw'
import type { Design } from '@core/design'
import { storeRoutes } from '@renderer/store'
import { collectCurrentRoutes, prepareExport, renderExportSvg, type Rasterize } from './exportDesign'
import { suggestBaseName, withExtension, type ExportSettings } from './exportSettings'
import { computeRasterSize } from './rasterSize'

const parsed = parseDesign(TEMPLATE)
if (!parsed.ok) throw new Error(parsed.error.message)
const design = parsed.design
const settings: ExportSettings = { format: 'png', scale: 2, theme: 'light', background: true, legend: false }

/** The CLI's rasteriser stands in for the browser's canvas. */
const rasterizeWithResvg: Rasterize = async (picture, scale) => {
  const size = computeRasterSize(picture.width, picture.height, scale, { maxSide: 2000, maxArea: 2_000_000 })
  const png = new Resvg(picture.svg, { fitTo: { mode: 'width', value: size.width } }).render().asPng()
  return { png: new Blob([new Uint8Array(png)], { type: 'image/png' }), size }
}

/** A PNG export's data is a Blob (the canvas's, with the design chunk spliced in): its bytes. */
async function bytesOf(data: unknown): Promise<Uint8Array> {
  expect(data).toBeInstanceOf(Blob)
  expect((data as Blob).type).toBe('image/png')
  return new Uint8Array(await (data as Blob).arrayBuffer())
}

describe('prepareExport', () => {
  it('writes a PNG that carries the design exactly, at the requested scale', async () => {
    const options = { ...settings, scale: 1 as const }
    const { request, notice } = await prepareExport(design, options, 'Timeline', analyze(design), rasterizeWithResvg)
    expect(request.suggestedName).toBe('Timeline.png')
    expect(request.mimeType).toBe('image/png')
    const bytes = await bytesOf(request.data)
    expect(isPng(bytes)).toBe(true)
    const extracted = extractDesignFromPng(bytes)
    expect(extracted.ok && extracted.json).toBe(serializeDesign(design))
    expect(notice).toBeUndefined()
  })

  it('tells the user when the picture had to be made smaller than asked', async () => {
    const { notice } = await prepareExport(design, { ...settings, scale: 3 }, 'big', undefined, rasterizeWithResvg)
    expect(notice).toMatch(/too large for a 3x PNG/)
  })

  it('writes a self-contained SVG that parses, with the chosen theme and legend', async () => {
    const options = { ...settings, format: 'svg' as const, theme: 'dark' as const, legend: true }
    const { request } = await prepareExport(design, options, 'Timeline.png', analyze(design), rasterizeWithResvg)
    expect(request.suggestedName).toBe('Timeline.svg')
    const svg = request.data as string
    expect(XMLValidator.validate(svg)).toBe(true)
    const root = new XMLParser({ ignoreAttributes: false }).parse(svg).svg
    expect(root['@_xmlns']).toBe('http://www.w3.org/2000/svg')
    expect(svg).not.toMatch(/<script|<foreignObject|href="http/i)
  })

  it('names a load scenario in the legend, shows its analysis, and still carries the design as it is', async () => {
    const scaled = scaleWorkload(design, 50)
    const view = { scenarios: ['Load ×50'] }
    const svgOptions = { ...settings, format: 'svg' as const, legend: true }
    const svg = (await prepareExport(design, svgOptions, 'T', analyze(scaled), rasterizeWithResvg, view)).request.data as string
    expect(svg).toContain('>Load ×50</text>')
    const peak = analyze(scaled).workload?.peakRps ?? 0
    expect(svg).toContain(`${formatCompact(peak)} req/s at peak`)
    const png = await prepareExport(design, { ...settings, scale: 1, legend: true }, 'T', analyze(scaled), rasterizeWithResvg, view)
    const extracted = extractDesignFromPng(await bytesOf(png.request.data))
    expect(extracted.ok && extracted.json).toBe(serializeDesign(design))
  })

  it("rasterises the caller's picture when it has one, giving the same file as drawing it afresh", async () => {
    const analysis = analyze(design)
    const drawn = renderExportSvg(design, settings, analysis)
    const seen: string[] = []
    const spy: Rasterize = (picture, scale) => {
      seen.push(picture === drawn ? 'given' : 'fresh')
      return rasterizeWithResvg(picture, scale)
    }
    const reused = await prepareExport(design, settings, 'T', analysis, spy, {}, drawn)
    const fresh = await prepareExport(design, settings, 'T', analysis, spy)
    expect(seen).toEqual(['given', 'fresh'])
    expect(await bytesOf(reused.request.data)).toEqual(await bytesOf(fresh.request.data))
  })

  it('writes the design file as JSON', async () => {
    const options = { ...settings, format: 'json' as const }
    const { request } = await prepareExport(design, options, 'a/b', undefined, rasterizeWithResvg)
    expect(request).toEqual({ suggestedName: 'a-b.json', mimeType: 'application/json', data: serializeDesign(design) })
  })
})

describe('routes in the picture', () => {
  // Hand-made routes with bends no curve would pass through, stored as a layout of `design` would store them.
  const bend = (id: string) => ({ x: 1000 + id.length, y: -500 - id.length })
  const edgeIds = ['web-lb', 'mobile-lb', 'lb-timeline', 'lb-tweet']
  const routeOf = (id: string) => {
    const edge = design.edges.find((e) => e.id === id)!
    const points = [{ x: 0, y: 0 }, bend(id), { x: 9, y: 9 }]
    return { source: edge.source, target: edge.target, points, curve: 'orthogonal' as const }
  }
  const routes = Object.fromEntries(edgeIds.map((id) => [id, routeOf(id)]))
  const stored = storeRoutes({ ...routes, gone: routeOf('web-lb') }, design)

  /** Mobile moved (stale: mobile-lb), lb-timeline re-pointed to the tweet service, web-lb deleted. */
  function editAfterLayout(): Design {
    return {
      ...design,
      nodes: design.nodes.map((n) => (n.id === 'mobile' ? { ...n, position: { ...n.position, x: 20 } } : n)),
      edges: design.edges
        .filter((e) => e.id !== 'web-lb')
        .map((e) => (e.id === 'lb-timeline' ? { ...e, target: 'tweet-svc' } : e)),
    }
  }

  it('passes only the routes the canvas still draws', () => {
    expect(Object.keys(collectCurrentRoutes(design, stored)).sort()).toEqual([...edgeIds].sort())
    const routes = collectCurrentRoutes(editAfterLayout(), stored)
    expect(routes).toEqual({ 'lb-tweet': { points: stored.get('lb-tweet')!.points, curve: 'orthogonal' } })
    expect(collectCurrentRoutes(design, new Map())).toEqual({})
  })

  it('draws the current routes in the exported SVG and curves for the rest', async () => {
    const edited = editAfterLayout()
    const options = { ...settings, format: 'svg' as const }
    const routes = collectCurrentRoutes(edited, stored)
    const { request } = await prepareExport(edited, options, 'x', undefined, rasterizeWithResvg, { routes })
    const svg = request.data as string
    expect(XMLValidator.validate(svg)).toBe(true)
    const at = (id: string) => `Q${bend(id).x} ${bend(id).y} `
    expect(svg).toContain(at('lb-tweet'))
    for (const stale of ['mobile-lb', 'lb-timeline']) expect(svg).not.toContain(at(stale))
    const { request: plain } = await prepareExport(edited, options, 'x', undefined, rasterizeWithResvg)
    expect(plain.data).not.toContain(at('lb-tweet'))
  })
})

describe('file names', () => {
  it('keeps names safe for every file system and never empty', () => {
    expect(suggestBaseName('Orders: v2 / "east"')).toBe('Orders- v2 - -east-')
    expect(suggestBaseName('...')).toBe('design')
    expect(suggestBaseName('  ')).toBe('design')
    expect(withExtension('shop.archsight', 'png')).toBe('shop.png')
    expect(withExtension('shop.png', 'svg')).toBe('shop.svg')
    expect(withExtension('shop.v2', 'json')).toBe('shop.v2.json')
  })
})
