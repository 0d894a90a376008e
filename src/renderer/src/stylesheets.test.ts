import { describe, expect, it } from 'vitest'

// A stylesheet nobody imports ships nothing: the export dialog once rendered unstyled for that reason alone.
// The files come through Vite's import.meta.glob (as text), so this test needs no file system access, like the
// rest of the renderer. Keys are paths relative to this file.
const STYLESHEETS = Object.keys(import.meta.glob('../**/*.css', { query: '?raw', import: 'default' }))
const MODULES: Record<string, string> = import.meta.glob(['../**/*.{ts,tsx,html}', '!../**/*.test.{ts,tsx}', '!../node_modules/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** A POSIX-style path with its `.` and `..` segments resolved (leading `..` kept). */
function normalisePath(path: string): string {
  const parts: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop()
    else if (segment !== '.' && segment !== '') parts.push(segment)
  }
  return parts.join('/')
}

/** The path `relative` names, seen from the file `base`. */
function joinPath(base: string, relative: string): string {
  return normalisePath(`${base.split('/').slice(0, -1).join('/')}/${relative}`)
}

function collectImportedStylesheets(): Set<string> {
  const imported = new Set<string>()
  for (const [file, text] of Object.entries(MODULES)) {
    for (const match of text.matchAll(/(?:import\s+|href=)['"]((?:\.{1,2}|@renderer)\/[^'"]+\.css)['"]/g)) {
      // '@renderer/' is src/renderer/src (aliases.config.ts); glob keys are relative to this file, which sits there.
      const path = match[1].startsWith('@renderer/') ? match[1].slice('@renderer/'.length) : joinPath(file, match[1])
      imported.add(normalisePath(path))
    }
  }
  return imported
}

describe('renderer stylesheets', () => {
  it('imports every .css file under src/renderer from a module that ships', () => {
    const imported = collectImportedStylesheets()
    expect(STYLESHEETS.length).toBeGreaterThan(5)
    const orphans = STYLESHEETS.map(normalisePath).filter((f) => !imported.has(f))
    expect(orphans).toEqual([])
  })
})
