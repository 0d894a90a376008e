import { parseDesign, type Design } from '@core/design'
import templateIndex from '../../../../resources/templates/index.json'

/**
 * The templates shipped in resources/templates, bundled at build time (no file access at run time, the same in
 * Electron and the browser). index.json gives the gallery order, names and one-line descriptions; each file is
 * parsed with the same parser as File > Open, so a template that breaks the format fails a test, not a user.
 */

export interface Template {
  id: string
  name: string
  description: string
  design: Design
}

interface IndexEntry {
  id: string
  file: string
  name: string
  description: string
}

const FILES = import.meta.glob<string>('../../../../resources/templates/*.archsight', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** Index entries matched to their file by name; throws on a missing or invalid file (a packaging bug). */
export function loadTemplates(
  entries: readonly IndexEntry[] = templateIndex as IndexEntry[],
  files: Readonly<Record<string, string>> = FILES,
): Template[] {
  const byName = new Map(Object.entries(files).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), text]))
  return entries.map((entry) => {
    const text = byName.get(entry.file)
    if (text === undefined) throw new Error(`template ${entry.id}: ${entry.file} is not bundled`)
    const parsed = parseDesign(text)
    if (!parsed.ok) throw new Error(`template ${entry.id}: ${parsed.error.message}`)
    return { id: entry.id, name: entry.name, description: entry.description, design: parsed.design }
  })
}

let cached: Template[] | null = null

/** Parsed once, on first use (the gallery or the empty canvas), not at start-up. */
export function getTemplates(): Template[] {
  cached ??= loadTemplates()
  return cached
}
