import { readFileSync, statSync } from 'node:fs'
import { describeFileTooLarge, MAX_DESIGN_BYTES, parseDesign, parseDesignBytes } from '../core/design'
import type { Design } from '../core/design/types'
import { extractDesignFromPng, isPng } from '../core/export/pngChunk'
import { toTerminalText } from './io'

export type LoadResult =
  { ok: true; file: string; design: Design; text: string } | { ok: false; file: string; message: string }

function describeReadError(error: unknown): string {
  const code = (error as { code?: string }).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory, not a design file'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}

/**
 * Reads one design: a .archsight/.json file, or a PNG exported by Archsight (its design travels inside).
 * Never throws: a missing, oversized or malformed file comes back with the message to print.
 */
export async function loadDesign(file: string): Promise<LoadResult> {
  let bytes: Uint8Array
  try {
    // Synchronous: a CLI reads one file after another anyway, and node:fs/promises costs ~2 ms to load.
    const info = statSync(file)
    if (info.isDirectory()) return { ok: false, file, message: describeReadError({ code: 'EISDIR' }) }
    if (info.size > MAX_DESIGN_BYTES) return { ok: false, file, message: describeFileTooLarge(info.size) }
    bytes = new Uint8Array(readFileSync(file))
  } catch (error) {
    return { ok: false, file, message: describeReadError(error) }
  }
  if (isPng(bytes)) {
    const extracted = extractDesignFromPng(bytes)
    if (!extracted.ok) return { ok: false, file, message: extracted.message }
    const parsed = parseDesign(extracted.json)
    if (!parsed.ok) return { ok: false, file, message: parsed.error.message }
    return { ok: true, file, design: parsed.design, text: extracted.json }
  }
  const parsed = parseDesignBytes(bytes)
  if (!parsed.ok) return { ok: false, file, message: parsed.error.message }
  return { ok: true, file, design: parsed.design, text: new TextDecoder().decode(bytes) }
}

/** One line on stderr naming the file: `error: designs/a.archsight: nodes[3].props.instances: expected ...`. */
export function formatLoadError(result: { file: string; message: string }): string {
  return `error: ${toTerminalText(result.file)}: ${toTerminalText(result.message)}\n`
}
