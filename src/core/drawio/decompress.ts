/**
 * A compressed draw.io page: encodeURIComponent(xml), raw deflate, base64. fflate does the inflate in pure
 * JavaScript (core has no zlib, and the same code must run in the renderer and the CLI); base64 is decoded
 * here because ES2022 has no atob.
 */
import { inflateSync } from 'fflate'

/** A decompression bomb guard: no real diagram comes near this. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024

export type InflateResult = { ok: true; xml: string } | { ok: false; message: string }

export function inflateDiagram(packed: string): InflateResult {
  const bytes = decodeBase64(packed.replace(/\s+/g, ''))
  if (!bytes) return { ok: false, message: 'its text is not base64' }
  let inflated: Uint8Array
  try {
    inflated = inflateSync(bytes)
  } catch (error) {
    return { ok: false, message: `its data is not raw deflate (${error instanceof Error ? error.message : String(error)})` }
  }
  if (inflated.length > MAX_INFLATED_BYTES) return { ok: false, message: 'it inflates past 64 MB' }
  // The inflated bytes are URL-encoded ASCII; older files stored the XML itself, so decode only when needed.
  let text = ''
  for (let i = 0; i < inflated.length; i += 0x8000) {
    text += String.fromCharCode(...inflated.subarray(i, i + 0x8000))
  }
  if (text.trimStart().startsWith('<')) return { ok: true, xml: decodeUtf8(inflated) }
  try {
    return { ok: true, xml: decodeURIComponent(text) }
  } catch {
    return { ok: false, message: 'its inflated text is not URL-encoded XML' }
  }
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const LOOKUP = new Map([...ALPHABET].map((char, index) => [char, index]))

export function decodeBase64(text: string): Uint8Array | undefined {
  const clean = text.replace(/=+$/, '')
  if (clean.length % 4 === 1) return undefined
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4))
  let buffer = 0
  let bits = 0
  let at = 0
  for (const char of clean) {
    const value = LOOKUP.get(char)
    if (value === undefined) return undefined
    buffer = (buffer << 6) | value
    bits += 6
    if (bits >= 8) {
      bits -= 8
      out[at++] = (buffer >> bits) & 0xff
    }
  }
  return out.subarray(0, at)
}

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes)
}
