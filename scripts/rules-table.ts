/**
 * Keeps README.md's rule table equal to the rules' own metadata: `npx tsx scripts/rules-table.ts --write`
 * rewrites the part between the markers; src/cli/readme.test.ts fails while README.md is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ALL_RULES } from '../src/core/analysis'

export const README_FILE = resolve(import.meta.dirname, '../README.md')
export const START_MARKER = '<!-- rules:start -->'
export const END_MARKER = '<!-- rules:end -->'

function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
}

export function generateRulesTable(): string {
  const rows = ALL_RULES.map(
    ({ meta }) =>
      `| \`${meta.id}\` | ${meta.severity} | ${escapeCell(meta.category)} | ${escapeCell(meta.description)} |`,
  )
  return [
    "<!-- Generated from the rules' metadata by `npx tsx scripts/rules-table.ts --write`; do not edit by hand. -->",
    '',
    '| Rule | Default | Category | Fires on |',
    '| --- | --- | --- | --- |',
    ...rows,
  ].join('\n')
}

/** The README with the generated table between the markers; throws when the markers are missing. */
export function replaceRulesTable(readme: string, table: string): string {
  const start = readme.indexOf(START_MARKER)
  const end = readme.indexOf(END_MARKER)
  if (start < 0 || end < start) throw new Error(`README.md needs ${START_MARKER} ... ${END_MARKER}`)
  return `${readme.slice(0, start + START_MARKER.length)}\n${table}\n${readme.slice(end)}`
}

if (process.argv.includes('--write')) {
  const readme = readFileSync(README_FILE, 'utf8')
  const updated = replaceRulesTable(readme, generateRulesTable())
  if (updated === readme) console.log('README.md rule table is up to date')
  else {
    writeFileSync(README_FILE, updated)
    console.log(`README.md rule table rewritten (${ALL_RULES.length} rules)`)
  }
}
