import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// A stylesheet nobody imports ships nothing: the export dialog once rendered unstyled for that reason alone.
const ROOT = resolve(import.meta.dirname, '..')

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(path) : [path]
  })
}

function collectImportedStylesheets(files: readonly string[]): Set<string> {
  const imported = new Set<string>()
  for (const file of files.filter((f) => /\.(tsx?|html)$/.test(f) && !/\.test\.tsx?$/.test(f))) {
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(/(?:import\s+|href=)['"](\.{1,2}\/[^'"]+\.css)['"]/g)) {
      imported.add(resolve(dirname(file), match[1]))
    }
  }
  return imported
}

describe('renderer stylesheets', () => {
  it('imports every .css file under src/renderer from a module that ships', () => {
    const files = listFiles(ROOT)
    const imported = collectImportedStylesheets(files)
    const stylesheets = files.filter((f) => f.endsWith('.css'))
    expect(stylesheets.length).toBeGreaterThan(5)
    const orphans = stylesheets.filter((f) => !imported.has(f)).map((f) => relative(ROOT, f))
    expect(orphans).toEqual([])
  })
})
