import { Resvg } from '@resvg/resvg-js'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../../core/analysis'
import { parseDesign, serializeDesign } from '../../../core/design'
import { extractDesignFromPng, isPng } from '../../../core/export/pngChunk'
import TEMPLATE from '../../../../resources/templates/twitter-timeline.archsight?raw'
import { prepareExport, type Rasterize } from './exportDesign'
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
  return { png: new Uint8Array(png), size }
}

describe('prepareExport', () => {
  it('writes a PNG that carries the design exactly, at the requested scale', async () => {
    const options = { ...settings, scale: 1 as const }
    const { request, notice } = await prepareExport(design, options, 'Timeline', analyze(design), rasterizeWithResvg)
    expect(request.suggestedName).toBe('Timeline.png')
    expect(request.mimeType).toBe('image/png')
    const bytes = request.data as Uint8Array
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

  it('writes the design file as JSON', async () => {
    const options = { ...settings, format: 'json' as const }
    const { request } = await prepareExport(design, options, 'a/b', undefined, rasterizeWithResvg)
    expect(request).toEqual({ suggestedName: 'a-b.json', mimeType: 'application/json', data: serializeDesign(design) })
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
