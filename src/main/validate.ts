/**
 * Main's check before it writes a design or adopts an opened file as the current one. It is core's own
 * parser, so main accepts exactly what the renderer and the CLI accept (format.md), no more, no less.
 */
import { parseDesign, parseDesignBytes } from '../core/design'
import type { ParseResult } from '../core/design'

export type ValidationResult = { ok: true } | { ok: false; message: string }

function toValidation(result: ParseResult): ValidationResult {
  if (result.ok) return { ok: true }
  // The message already names the component or starts with the JSON path.
  return { ok: false, message: result.error.message }
}

export function validateDesignText(text: string): ValidationResult {
  return toValidation(parseDesign(text))
}

/** For opened files: the same decoding (BOM, UTF-16 refusal) the renderer applies to the bytes it receives. */
export function validateDesignBytes(bytes: Uint8Array): ValidationResult {
  return toValidation(parseDesignBytes(bytes))
}
