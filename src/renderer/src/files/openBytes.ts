import { parseDesign, parseDesignBytes, type Design } from '@core/design'
import { extractDesignFromPng, isPng } from '@core/export/pngChunk'

/**
 * Bytes from File > Open, a recent file or a dropped file -> a design, whatever the container: a .archsight /
 * .json text, or a PNG exported by Archsight carrying its design in an iTXt chunk. Never throws.
 */

export type OpenedDesign =
  | { ok: true; design: Design; source: 'design' | 'png'; migratedFrom?: 1 }
  | { ok: false; message: string }

export const PNG_WITHOUT_DESIGN_MESSAGE =
  'This PNG has no Archsight design in it. Export from Archsight with File > Export PNG to get a picture ' +
  'that reopens as an editable design.'

export function readDesignFromBytes(bytes: Uint8Array): OpenedDesign {
  if (isPng(bytes)) {
    const extracted = extractDesignFromPng(bytes)
    if (!extracted.ok) {
      return { ok: false, message: extracted.reason === 'no-design' ? PNG_WITHOUT_DESIGN_MESSAGE : extracted.message }
    }
    const parsed = parseDesign(extracted.json)
    if (!parsed.ok) return { ok: false, message: `the design inside this PNG is invalid: ${parsed.error.message}` }
    return { ok: true, design: parsed.design, source: 'png', ...(parsed.migratedFrom ? { migratedFrom: parsed.migratedFrom } : {}) }
  }
  const parsed = parseDesignBytes(bytes)
  if (!parsed.ok) return { ok: false, message: parsed.error.message }
  return { ok: true, design: parsed.design, source: 'design', ...(parsed.migratedFrom ? { migratedFrom: parsed.migratedFrom } : {}) }
}
