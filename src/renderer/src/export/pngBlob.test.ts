import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { embedDesignInPng, extractDesignFromPng, IEND_CHUNK } from '@core/export/pngChunk'
import { embedDesignInPngBlob } from './pngBlob'

function renderPng(): Uint8Array<ArrayBuffer> {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#3366ff"/><circle cx="20" cy="15" r="9" fill="#fff"/></svg>'
  return new Uint8Array(new Resvg(svg).render().asPng())
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer())
}

/** resvg decodes the file and gives back the picture's pixels: the splice left a PNG a strict decoder reads. */
function decodedPixels(png: Uint8Array): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><image href="${href}" width="40" height="30"/></svg>`
  return new Uint8Array(new Resvg(svg).render().pixels)
}

const json = '{"name":"Straße → 東京","nodes":[]}'

describe('embedDesignInPngBlob', () => {
  it('gives the same bytes as core embedDesignInPng, as an image/png Blob', async () => {
    const png = renderPng()
    const spliced = await embedDesignInPngBlob(new Blob([png]), json)
    expect(spliced.type).toBe('image/png')
    const bytes = await bytesOf(spliced)
    expect(bytes).toEqual(embedDesignInPng(png, json))
    const extracted = extractDesignFromPng(bytes)
    expect(extracted.ok && extracted.json).toBe(json)
    expect(decodedPixels(bytes)).toEqual(decodedPixels(png))
  })

  it('falls back to walking the chunks when bytes follow IEND', async () => {
    const png = renderPng()
    const trailing = new Uint8Array([...png, 1, 2, 3])
    const bytes = await bytesOf(await embedDesignInPngBlob(new Blob([trailing]), json))
    const extracted = extractDesignFromPng(bytes)
    expect(extracted.ok && extracted.json).toBe(json)
    expect([...bytes.subarray(bytes.length - IEND_CHUNK.length)]).toEqual([...IEND_CHUNK])
  })

  it('refuses bytes that are not a PNG with a clear message', async () => {
    await expect(embedDesignInPngBlob(new Blob(['not a picture at all, just text']), json)).rejects.toThrow(/not a PNG/)
  })
})
