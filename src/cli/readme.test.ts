import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { END_MARKER, generateRulesTable, README_FILE, replaceRulesTable, START_MARKER } from '../../scripts/rules-table'
import { ALL_RULES } from '../core/analysis'

describe('README rule table', () => {
  const readme = readFileSync(README_FILE, 'utf8')

  it('is what scripts/rules-table.ts generates (run `npx tsx scripts/rules-table.ts --write` when this fails)', () => {
    expect(readme).toBe(replaceRulesTable(readme, generateRulesTable()))
  })

  it('lists every rule once', () => {
    const section = readme.slice(readme.indexOf(START_MARKER), readme.indexOf(END_MARKER))
    for (const { meta } of ALL_RULES) expect(section.split(`| [\`${meta.id}\`](docs/rules/${meta.id}.md) |`)).toHaveLength(2)
  })

  it('has exactly four cells in every row, whatever the descriptions contain', () => {
    const rows = generateRulesTable()
      .split('\n')
      .filter((line) => line.startsWith('| [`'))
    expect(rows).toHaveLength(ALL_RULES.length)
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(6)
  })

  it('replaces only what lies between the markers', () => {
    const text = `before\n${START_MARKER}\nold table\n${END_MARKER}\nafter`
    expect(replaceRulesTable(text, 'new')).toBe(`before\n${START_MARKER}\nnew\n${END_MARKER}\nafter`)
    expect(() => replaceRulesTable('no markers', 'new')).toThrow(/needs/)
  })
})
