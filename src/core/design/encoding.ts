/**
 * Bytes to text for a design file: UTF-8 only (format.md), a UTF-8 BOM is accepted and dropped, UTF-16 and
 * binary files are named as such instead of surfacing as a confusing JSON error.
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string }

export const UTF16_MESSAGE = 'The file is UTF-16; save it as UTF-8'
const BINARY_MESSAGE = 'The file is not text (it contains NUL bytes); expected an Archsight design as UTF-8 JSON'

export function decodeDesignBytes(bytes: Uint8Array): DecodeResult {
  if (isUtf16(bytes)) return { ok: false, message: UTF16_MESSAGE }
  if (bytes.includes(0)) return { ok: false, message: BINARY_MESSAGE }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = hasBom ? bytes.subarray(3) : bytes
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body) }
  } catch {
    const offset = findInvalidUtf8(body)
    const where = offset >= 0 ? ` (invalid byte at offset ${offset + (hasBom ? 3 : 0)})` : ''
    return { ok: false, message: `The file is not valid UTF-8${where}; save it as UTF-8` }
  }
}

/** A BOM (FE FF or FF FE), or ASCII text with every other byte NUL. */
function isUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe))) {
    return true
  }
  const sample = Math.min(bytes.length - (bytes.length % 2), 64)
  if (sample < 2) return false
  let evenNul = true
  let oddNul = true
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] !== 0) evenNul = false
    if (bytes[i + 1] !== 0) oddNul = false
  }
  return evenNul !== oddNul
}

/** Text that was decoded by someone else but still carries the marks of UTF-16. */
export function looksLikeUtf16Text(text: string): boolean {
  if (text.startsWith('\ufffe') || text.startsWith('\ufffd\ufffd') || /^(ÿþ|þÿ)/.test(text)) return true
  return text.slice(0, 64).includes('\u0000')
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence; -1 if none. */
export function findInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    let length: number
    let min: number
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      length = 2
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4
      min = 0x10000
    } else {
      return i
    }
    let code = b & (0xff >> (length + 1))
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k]
      if (next === undefined || (next & 0xc0) !== 0x80) return i
      code = (code << 6) | (next & 0x3f)
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i
    i += length
  }
  return -1
}
