import { Resvg } from '@resvg/resvg-js'
import { describe, expect, it } from 'vitest'
import { buildDesignChunk, computeCrc32, embedDesignInPng, extractDesignFromPng, IEND_CHUNK, isIendChunk, isPng, PNG_SIGNATURE } from './pngChunk'

function renderTinyPng(): Uint8Array {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#3366ff"/></svg>'
  return new Uint8Array(new Resvg(svg).render().asPng())
}

/** A strict decoder (resvg's) still reads the image: the added chunk did not break the file. */
function isDecodable(png: Uint8Array): boolean {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`
  const image = `<image href="${href}" width="4" height="3"/>`
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3">${image}</svg>`
  const pixels = new Resvg(svg).render().pixels
  return pixels[0] === 0x33 && pixels[1] === 0x66 && pixels[2] === 0xff
}

function chunkTypes(png: Uint8Array): string[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const types: string[] = []
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at)
    types.push(String.fromCharCode(...png.subarray(at + 4, at + 8)))
    at += 12 + length
  }
  return types
}

function findChunk(png: Uint8Array, type: string): { start: number; length: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at)
    if (String.fromCharCode(...png.subarray(at + 4, at + 8)) === type) return { start: at, length }
    at += 12 + length
  }
  throw new Error(`no ${type}`)
}

describe('computeCrc32', () => {
  it('matches the CRC every PNG stores for IEND', () => {
    expect(computeCrc32(new TextEncoder().encode('IEND'))).toBe(0xae426082)
  })

  it('matches the standard check value for "123456789"', () => {
    expect(computeCrc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
  })

  it('agrees with the CRC resvg wrote for the IHDR chunk', () => {
    const png = renderTinyPng()
    const { start, length } = findChunk(png, 'IHDR')
    const stored = new DataView(png.buffer).getUint32(start + 8 + length)
    expect(computeCrc32(png, start + 4, start + 8 + length)).toBe(stored)
  })
})

describe('embedDesignInPng / extractDesignFromPng', () => {
  it('round-trips a large design with non-ASCII labels, and the PNG still decodes', () => {
    const nodes = Array.from({ length: 10000 }, (_, i) => ({
      id: `n${i}`,
      kind: 'service',
      label: `Zürich 東京 ✓ ${i} "quoted" <b>`,
      position: { x: i, y: -i },
    }))
    const json = JSON.stringify({ format: 'archsight', version: 1, name: 'Größe 🚀', nodes, edges: [] })
    expect(json.length).toBeGreaterThan(1_000_000)

    const png = embedDesignInPng(renderTinyPng(), json)
    expect(isPng(png)).toBe(true)
    const types = chunkTypes(png)
    expect(types[types.length - 1]).toBe('IEND')
    expect(types[types.length - 2]).toBe('iTXt')

    const result = extractDesignFromPng(png)
    expect(result).toEqual({ ok: true, json })
    expect(isDecodable(png)).toBe(true)
  })

  it('replaces an earlier design chunk instead of adding a second one', () => {
    const once = embedDesignInPng(renderTinyPng(), '{"v":1}')
    const twice = embedDesignInPng(once, '{"v":2}')
    expect(chunkTypes(twice).filter((t) => t === 'iTXt')).toHaveLength(1)
    expect(extractDesignFromPng(twice)).toEqual({ ok: true, json: '{"v":2}' })
  })

  it('works on a view into a larger buffer', () => {
    const png = embedDesignInPng(renderTinyPng(), '{"a":"ä"}')
    const padded = new Uint8Array(png.length + 10)
    padded.set(png, 5)
    expect(extractDesignFromPng(padded.subarray(5, 5 + png.length))).toEqual({ ok: true, json: '{"a":"ä"}' })
  })

  it('reports no-design for a PNG without the chunk', () => {
    const result = extractDesignFromPng(renderTinyPng())
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).toBe('no-design')
  })

  it('reports not-png for other bytes', () => {
    const result = extractDesignFromPng(new TextEncoder().encode('{"format":"archsight"}'))
    expect(result).toMatchObject({ ok: false, reason: 'not-png' })
    expect(extractDesignFromPng(new Uint8Array(0))).toMatchObject({ ok: false, reason: 'not-png' })
    expect(() => embedDesignInPng(new Uint8Array(3), '{}')).toThrow(/not a PNG/)
  })

  it('reports corrupt when the design chunk fails its CRC', () => {
    const png = embedDesignInPng(renderTinyPng(), '{"name":"x"}')
    const { start } = findChunk(png, 'iTXt')
    const damaged = png.slice()
    damaged[start + 8 + 'archsight'.length + 8] ^= 0x20 // flip a bit inside the JSON text
    expect(extractDesignFromPng(damaged)).toMatchObject({ ok: false, reason: 'corrupt' })
  })

  it('reports corrupt when the file is truncated inside the design chunk', () => {
    const png = embedDesignInPng(renderTinyPng(), JSON.stringify({ filler: 'x'.repeat(500) }))
    const { start } = findChunk(png, 'iTXt')
    expect(extractDesignFromPng(png.subarray(0, start + 100))).toMatchObject({ ok: false, reason: 'corrupt' })
    expect(extractDesignFromPng(png.subarray(0, PNG_SIGNATURE.length + 5))).toMatchObject({
      ok: false,
      reason: 'corrupt',
    })
  })

  it('reports corrupt for a chunk whose declared length runs past the end', () => {
    const png = embedDesignInPng(renderTinyPng(), '{}')
    const damaged = png.slice()
    new DataView(damaged.buffer).setUint32(8, 0x7ffffff0) // IHDR claims to be huge
    expect(extractDesignFromPng(damaged)).toMatchObject({ ok: false, reason: 'corrupt' })
  })

  it('reports corrupt for design text that is not UTF-8', () => {
    const png = embedDesignInPng(renderTinyPng(), '{"a":"b"}')
    const { start, length } = findChunk(png, 'iTXt')
    const damaged = png.slice()
    damaged[start + 8 + length - 2] = 0xff
    const view = new DataView(damaged.buffer)
    view.setUint32(start + 8 + length, computeCrc32(damaged, start + 4, start + 8 + length))
    expect(extractDesignFromPng(damaged)).toMatchObject({ ok: false, reason: 'corrupt' })
  })
})

describe('IEND_CHUNK / isIendChunk / buildDesignChunk', () => {
  it('IEND_CHUNK is the last 12 bytes resvg writes, and its CRC is the CRC of "IEND"', () => {
    const png = renderTinyPng()
    expect([...png.subarray(png.length - 12)]).toEqual([...IEND_CHUNK])
    expect(isIendChunk(png.subarray(png.length - 12))).toBe(true)
    expect(new DataView(IEND_CHUNK.buffer).getUint32(8)).toBe(computeCrc32(IEND_CHUNK, 4, 8))
  })

  it('isIendChunk rejects anything else', () => {
    expect(isIendChunk(IEND_CHUNK.subarray(1))).toBe(false)
    expect(isIendChunk(Uint8Array.of(...IEND_CHUNK.subarray(0, 11), 0))).toBe(false)
  })

  it('buildDesignChunk is the chunk embedDesignInPng puts before IEND', () => {
    const png = renderTinyPng()
    const chunk = buildDesignChunk('{"a":"é"}')
    const embedded = embedDesignInPng(png, '{"a":"é"}')
    expect([...embedded.subarray(png.length - 12, png.length - 12 + chunk.length)]).toEqual([...chunk])
  })
})
