import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CATALOGUE_DOC,
  END_MARKER,
  generateCatalogueTables,
  replaceCatalogueTables,
  START_MARKER,
} from '../../scripts/catalogue-doc'
import { KIND_SPECS } from '../core/catalogue'

// docs/ is the contract (issue 8): generated tables stay fresh, every link inside docs/ and the README leads to
// a file and a heading that exist, and nothing points outside the repository.
const ROOT = resolve(import.meta.dirname, '../..')
const DOCS = join(ROOT, 'docs')
const pages = [
  join(ROOT, 'README.md'),
  ...readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => join(DOCS, f)),
  ...readdirSync(join(DOCS, 'rules')).map((f) => join(DOCS, 'rules', f)),
]

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[`*]/g, '')
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-')
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
  return new Set([...text.matchAll(/^#{1,6} +(.+)$/gm)].map((m) => slug(m[1].trim())))
}

describe('docs/catalogue.md', () => {
  const doc = readFileSync(CATALOGUE_DOC, 'utf8')

  it('has the tables scripts/catalogue-doc.ts generates (run `npx tsx scripts/catalogue-doc.ts --write` when this fails)', () => {
    expect(doc).toBe(replaceCatalogueTables(doc, generateCatalogueTables()))
  })

  it('names every kind, technology and prop of the catalogue', () => {
    const tables = doc.slice(doc.indexOf(START_MARKER), doc.indexOf(END_MARKER))
    for (const spec of KIND_SPECS) {
      expect(tables).toContain(`### \`${spec.kind}\``)
      for (const tech of spec.technologies) expect(tables, `${spec.kind}/${tech.id}`).toContain(`\`${tech.id}\` ${tech.label}`)
      const section = tables.slice(tables.indexOf(`### \`${spec.kind}\``)).split('\n### ')[0]
      for (const prop of spec.props) expect(section, `${spec.kind}.${prop.key}`).toContain(`| \`${prop.key}\``)
    }
  })

  it('keeps every table row to its column count, whatever the help texts contain', () => {
    for (const line of generateCatalogueTables().split('\n')) {
      if (!line.startsWith('| `')) continue
      const cells = line.split(/(?<!\\)\|/).length - 2
      expect([5, 4, 12], line).toContain(cells)
    }
  })
})

describe('links in README.md and docs/', () => {
  it.each(pages.map((file) => [relative(ROOT, file), file] as const))('%s links only to files and headings that exist', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
    for (const [, href] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^https:\/\//.test(href)) continue
      const [path, anchor] = href.split('#')
      const target = path === '' ? file : resolve(dirname(file), path)
      expect(relative(ROOT, target).startsWith('..'), `${href} leaves the repository`).toBe(false)
      expect(existsSync(target), `${href} exists`).toBe(true)
      if (anchor) expect([...anchorsOf(target)], `${href}: no heading for #${anchor}`).toContain(anchor)
    }
  })

  it('README links docs/ and never a path outside the repository', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    for (const page of ['docs/format.md', 'docs/catalogue.md', 'docs/analysis.md', 'docs/rules/']) expect(readme).toContain(`](${page}`)
    expect(readme).not.toMatch(/\.\.\/shared|\]\(\.\.\//)
  })
})
