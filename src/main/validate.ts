/**
 * Main's check before it writes a design or adopts an opened file as the current one. It must agree with
 * what the renderer accepts, so it delegates to core's parser once that exists.
 */

export type ValidationResult = { ok: true } | { ok: false; message: string }

export function validateDesignText(text: string): ValidationResult {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : 'not JSON' }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: 'not an object' }
  const { format, version } = value as Record<string, unknown>
  if (format !== 'archsight') return { ok: false, message: 'format: not an Archsight design' }
  if (!Number.isInteger(version)) return { ok: false, message: 'version: missing' }
  return { ok: true }
}
