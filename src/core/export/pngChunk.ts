/**
 * The design travels inside its own PNG export as an iTXt chunk (keyword "archsight", uncompressed UTF-8), so
 * a picture pasted into a wiki reopens as the editable design. Pure byte code: Uint8Array and DataView only,
 * so the renderer, main and the CLI share it. Reading trusts nothing: lengths are bounds-checked and the
 * archsight chunk's CRC must match before its text is believed.
 */

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
export const DESIGN_KEYWORD = 'archsight'
/** Every PNG ends with this chunk, always the same 12 bytes: length 0, "IEND", and the CRC of "IEND". */
export const IEND_CHUNK = Uint8Array.of(0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82)

export type ExtractResult =
  { ok: true; json: string } | { ok: false; reason: 'not-png' | 'no-design' | 'corrupt'; message: string }

interface Chunk {
  type: string
  /** Offset of the chunk's length field; the chunk spans [start, end). */
  start: number
  end: number
  dataStart: number
  dataLength: number
}

const CRC_TABLE = buildCrcTable()

function buildCrcTable(): Uint32Array {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
}

/** CRC-32 as PNG defines it (ISO 3309 / ITU-T V.42), over the chunk type and data. */
export function computeCrc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffffffff
  for (let i = start; i < end; i++) crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export function isPng(bytes: Uint8Array): boolean {
  if (bytes.length < PNG_SIGNATURE.length) return false
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b)
}

function readType(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3])
}

/** Walks the chunk list; stops at IEND. Returns an error text instead of chunks when a length runs off the end. */
function listChunks(png: Uint8Array): { chunks: Chunk[]; error?: string } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const chunks: Chunk[] = []
  let at = PNG_SIGNATURE.length
  while (at < png.length) {
    if (at + 12 > png.length) return { chunks, error: `truncated chunk header at byte ${at}` }
    const dataLength = view.getUint32(at)
    const type = readType(png, at + 4)
    const end = at + 12 + dataLength
    if (dataLength > 0x7fffffff || end > png.length) {
      return { chunks, error: `chunk ${JSON.stringify(type)} at byte ${at} runs past the end of the file` }
    }
    chunks.push({ type, start: at, end, dataStart: at + 8, dataLength })
    if (type === 'IEND') return { chunks }
    at = end
  }
  return { chunks, error: 'the file ends without an IEND chunk' }
}

function isDesignChunk(png: Uint8Array, chunk: Chunk): boolean {
  if (chunk.type !== 'iTXt' || chunk.dataLength <= DESIGN_KEYWORD.length) return false
  for (let i = 0; i < DESIGN_KEYWORD.length; i++) {
    if (png[chunk.dataStart + i] !== DESIGN_KEYWORD.charCodeAt(i)) return false
  }
  return png[chunk.dataStart + DESIGN_KEYWORD.length] === 0
}

/**
 * The whole archsight iTXt chunk (length, type, data, CRC) for the design's JSON, ready to go just before IEND.
 * The renderer splices it into a PNG blob without copying the picture's bytes (see embedDesignInPngBlob).
 */
export function buildDesignChunk(designJson: string): Uint8Array<ArrayBuffer> {
  const text = new TextEncoder().encode(designJson)
  // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL, text
  const header = DESIGN_KEYWORD.length + 5
  const dataLength = header + text.length
  const chunk = new Uint8Array(12 + dataLength)
  const view = new DataView(chunk.buffer)
  view.setUint32(0, dataLength)
  chunk.set([0x69, 0x54, 0x58, 0x74], 4) // "iTXt"
  for (let i = 0; i < DESIGN_KEYWORD.length; i++) chunk[8 + i] = DESIGN_KEYWORD.charCodeAt(i)
  // The five header bytes after the keyword are all zero already.
  chunk.set(text, 8 + header)
  view.setUint32(8 + dataLength, computeCrc32(chunk, 4, 8 + dataLength))
  return chunk
}

/** A copy of the PNG with the design's JSON in one archsight chunk just before IEND (any earlier one replaced). */
export function embedDesignInPng(png: Uint8Array, designJson: string): Uint8Array<ArrayBuffer> {
  if (!isPng(png)) throw new Error('embedDesignInPng: the input is not a PNG')
  const { chunks, error } = listChunks(png)
  if (error) throw new Error(`embedDesignInPng: ${error}`)
  const kept = chunks.filter((c) => !isDesignChunk(png, c))
  const iend = kept[kept.length - 1]
  const designChunk = buildDesignChunk(designJson)
  const keptBytes = kept.reduce((sum, c) => sum + (c.end - c.start), 0)
  const out = new Uint8Array(PNG_SIGNATURE.length + keptBytes + designChunk.length)
  out.set(PNG_SIGNATURE, 0)
  let at = PNG_SIGNATURE.length
  for (const chunk of kept) {
    if (chunk === iend) {
      out.set(designChunk, at)
      at += designChunk.length
    }
    out.set(png.subarray(chunk.start, chunk.end), at)
    at += chunk.end - chunk.start
  }
  return out
}

/** Whether `tail` (a file's last 12 bytes) is the IEND chunk, so the design chunk can go just before it. */
export function isIendChunk(tail: Uint8Array): boolean {
  return tail.length === IEND_CHUNK.length && IEND_CHUNK.every((b, i) => tail[i] === b)
}

/** The design JSON stored in a PNG, or why there is none. Never throws. */
export function extractDesignFromPng(png: Uint8Array): ExtractResult {
  if (!isPng(png)) return { ok: false, reason: 'not-png', message: 'This file is not a PNG image.' }
  const { chunks, error } = listChunks(png)
  const found = chunks.find((c) => isDesignChunk(png, c))
  if (!found) {
    if (error) return { ok: false, reason: 'corrupt', message: `The PNG is damaged: ${error}.` }
    return {
      ok: false,
      reason: 'no-design',
      message: 'This PNG holds no Archsight design (it was not exported by Archsight).',
    }
  }
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength)
  const stored = view.getUint32(found.dataStart + found.dataLength)
  if (stored !== computeCrc32(png, found.start + 4, found.dataStart + found.dataLength)) {
    return { ok: false, reason: 'corrupt', message: 'The design stored in this PNG is damaged (checksum mismatch).' }
  }
  const dataEnd = found.dataStart + found.dataLength
  let at = found.dataStart + DESIGN_KEYWORD.length + 1
  const compressed = png[at]
  if (compressed !== 0) {
    return {
      ok: false,
      reason: 'corrupt',
      message: 'The design stored in this PNG is compressed, which Archsight never writes.',
    }
  }
  at += 2
  // Skip the language tag and the translated keyword, each NUL-terminated.
  for (let field = 0; field < 2; field++) {
    while (at < dataEnd && png[at] !== 0) at++
    if (at >= dataEnd) return { ok: false, reason: 'corrupt', message: 'The design chunk in this PNG is malformed.' }
    at++
  }
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(png.subarray(at, dataEnd))
    return { ok: true, json }
  } catch {
    return { ok: false, reason: 'corrupt', message: 'The design stored in this PNG is not valid UTF-8 text.' }
  }
}
