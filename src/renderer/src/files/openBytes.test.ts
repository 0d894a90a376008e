import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { parseDesign, serializeDesign } from '@core/design'
import { embedDesignInPng } from '@core/export/pngChunk'
import { PNG_WITHOUT_DESIGN_MESSAGE, readDesignFromBytes } from './openBytes'
import TEMPLATE from '../../../../resources/templates/url-shortener.archsight?raw'

function renderPng(): Uint8Array {
  const rect = '<rect width="4" height="3" fill="#36f"/>'
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3">${rect}</svg>`
  return new Uint8Array(new Resvg(svg).render().asPng())
}

function templateDesign() {
  const parsed = parseDesign(TEMPLATE)
  if (!parsed.ok) throw new Error(parsed.error.message)
  return parsed.design
}

describe('readDesignFromBytes', () => {
  it('reads a design file', () => {
    const result = readDesignFromBytes(new TextEncoder().encode(TEMPLATE))
    expect(result.ok && result.source).toBe('design')
    expect(result.ok && serializeDesign(result.design)).toBe(serializeDesign(templateDesign()))
  })

  it('reads the design carried by a PNG exported by Archsight, exactly', () => {
    const json = serializeDesign(templateDesign())
    const result = readDesignFromBytes(embedDesignInPng(renderPng(), json))
    expect(result.ok && result.source).toBe('png')
    expect(result.ok && serializeDesign(result.design)).toBe(json)
  })

  it('refuses a PNG without a design with a message that says how to get one', () => {
    const result = readDesignFromBytes(renderPng())
    expect(result).toEqual({ ok: false, message: PNG_WITHOUT_DESIGN_MESSAGE })
    expect(PNG_WITHOUT_DESIGN_MESSAGE).toMatch(/^This PNG has no Archsight design in it\. Export from Archsight with/)
  })

  it('refuses a PNG whose embedded design breaks the format, naming the path', () => {
    const broken = JSON.stringify({ format: 'archsight', version: 1, name: 'x', nodes: [{ id: 'a' }], edges: [] })
    const result = readDesignFromBytes(embedDesignInPng(renderPng(), broken))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/^the design inside this PNG is invalid: Component 1 \("a"\): kind .*\(at nodes\[0\]\.kind\)$/)
  })

  it('refuses a truncated PNG and a broken JSON file with their messages', () => {
    const png = embedDesignInPng(renderPng(), serializeDesign(templateDesign()))
    const truncated = readDesignFromBytes(png.subarray(0, 40))
    expect(!truncated.ok && truncated.message).toMatch(/damaged/)
    const json = readDesignFromBytes(new TextEncoder().encode('{"format": "archsight",'))
    expect(json.ok).toBe(false)
  })
})
