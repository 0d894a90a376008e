import { describeForPeople } from './describeForPeople'
import { decodeDesignBytes, looksLikeUtf16Text, UTF16_MESSAGE } from './encoding'
import type { DesignError } from './formatError'
import { FormatFailure } from './formatError'
import { checkUntrustedDesign } from './guard'
import { findJsonSyntaxError, getLineColumn } from './jsonSyntax'
import { describeFileTooLarge, LIMITS } from './limits'
import type { Design } from './types'

/**
 * The only way untrusted text becomes a Design (format.md). Never throws: every bad input, whatever its
 * size, encoding or shape, comes back as { ok: false, error } naming the first problem in a fixed order.
 */

export type { DesignError } from './formatError'
/** `migratedFrom`: the file was an older format version, migrated in memory; Save will write the current one. */
export type ParseResult = { ok: true; design: Design; migratedFrom?: 1 } | { ok: false; error: DesignError }

export const MAX_DESIGN_BYTES = LIMITS.fileBytes

export function parseDesignBytes(bytes: Uint8Array): ParseResult {
  try {
    if (bytes.length > MAX_DESIGN_BYTES) return refuse(describeFileTooLarge(bytes.length))
    const decoded = decodeDesignBytes(bytes)
    if (!decoded.ok) return refuse(decoded.message)
    // decodeDesignBytes already dropped the one BOM a file may have: a second one is a stray character.
    return parseText(decoded.text, false)
  } catch (error) {
    return refuseUnexpected(error)
  }
}

export function parseDesign(text: string): ParseResult {
  try {
    const size = estimateUtf8Length(text)
    if (size > MAX_DESIGN_BYTES) return refuse(describeFileTooLarge(size))
    return parseText(text, true)
  } catch (error) {
    return refuseUnexpected(error)
  }
}

function parseText(input: string, mayHaveBom: boolean): ParseResult {
  const text = mayHaveBom && input.startsWith('\ufeff') ? input.slice(1) : input
  if (text.startsWith('\ufeff')) {
    return refuse('The file is not valid JSON: it starts with a second byte-order mark (U+FEFF) at line 1, column 1')
  }
  if (looksLikeUtf16Text(text)) return refuse(UTF16_MESSAGE)
  if (text.trim() === '') return refuse('The file is empty; expected an Archsight design (JSON)')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return refuse(describeJsonError(text, error))
  }
  return parseValue(value)
}

/** A value from JSON.parse (a file, a PNG's chunk, the clipboard) through the same guards as a file. */
export function parseValue(value: unknown): ParseResult {
  try {
    const design = checkUntrustedDesign(value)
    // The guard accepted the version, so the object has one; a version 1 file needs no rewriting.
    const isOlder = (value as { version: unknown }).version === 1
    return isOlder ? { ok: true, design, migratedFrom: 1 } : { ok: true, design }
  } catch (error) {
    if (!(error instanceof FormatFailure)) throw error
    return { ok: false, error: { path: error.path, message: describeForPeople(value, error.path, error.detail) } }
  }
}

function describeJsonError(text: string, error: unknown): string {
  const found = findJsonSyntaxError(text)
  if (!found) return `The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`
  const { line, column } = getLineColumn(text, found.offset)
  return `The file is not valid JSON: ${found.message} at line ${line}, column ${column}`
}

/** UTF-8 byte length; only counted exactly when the string could be near the limit. */
function estimateUtf8Length(text: string): number {
  if (text.length > MAX_DESIGN_BYTES) return text.length
  if (text.length * 3 <= MAX_DESIGN_BYTES) return text.length
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A surrogate pair (4 bytes) counts 2 + 2; a lone surrogate is written as U+FFFD (3 bytes), close enough.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3
  }
  return bytes
}

function refuse(message: string): ParseResult {
  return { ok: false, error: { path: '', message } }
}

function refuseUnexpected(error: unknown): ParseResult {
  const detail = error instanceof Error ? error.message : String(error)
  return refuse(`The file could not be read: ${detail}`)
}
