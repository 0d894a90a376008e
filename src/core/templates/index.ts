/**
 * The template gallery's index (resources/templates/index.json): which example designs ship with the app, in
 * the order the welcome screen shows them. Core cannot read files; the renderer and the CLI load the JSON and
 * the .archsight texts their own way and pass them here and to parseDesign.
 */

export interface TemplateEntry {
  id: string
  /** File name beside index.json. */
  file: string
  name: string
  description: string
}

export type TemplateIndexResult = { ok: true; templates: TemplateEntry[] } | { ok: false; message: string }

const FIELDS = ['id', 'file', 'name', 'description'] as const

export function parseTemplateIndex(value: unknown): TemplateIndexResult {
  if (!Array.isArray(value)) return { ok: false, message: 'The template index must be a JSON array' }
  const templates: TemplateEntry[] = []
  const seen = new Set<string>()
  for (const [index, item] of value.entries()) {
    if (typeof item !== 'object' || item === null) return { ok: false, message: `templates[${index}] must be an object` }
    const record = item as Record<string, unknown>
    for (const field of FIELDS) {
      if (typeof record[field] !== 'string' || record[field] === '') {
        return { ok: false, message: `templates[${index}].${field} must be a non-empty string` }
      }
    }
    const entry: TemplateEntry = {
      id: record.id as string,
      file: record.file as string,
      name: record.name as string,
      description: record.description as string,
    }
    if (!/^[a-z0-9-]+\.archsight$/.test(entry.file)) {
      return { ok: false, message: `templates[${index}].file must be a plain .archsight file name` }
    }
    if (seen.has(entry.id)) return { ok: false, message: `templates[${index}].id "${entry.id}" is listed twice` }
    seen.add(entry.id)
    templates.push(entry)
  }
  return { ok: true, templates }
}
