/**
 * Keeps README.md's rule table equal to the rules' own metadata: `npx tsx scripts/rules-table.ts --write`
<<<<<<< HEAD
 * rewrites the part between the markers; src/cli/readme.test.ts fails while README.md is stale. Each id links
 * to its page in docs/rules/.
=======
 * rewrites the part between the markers; src/cli/readme.test.ts fails while README.md is stale.
>>>>>>> da5dac1 (Delete what nothing used (isPassThrough, isStateful, getDesignBounds, isMenuCommandId, getDocumentState, ALL_KINDS); one node-name rule, profile labels and severity order read from core; indexZones replaces the zone tree built again in geometry, layout and designOps; a test checks the CSS variables and the SVG palette both come from the theme tokens; comments name test files that exist)
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
      `| [\`${meta.id}\`](docs/rules/${meta.id}.md) | ${meta.severity} | ${escapeCell(meta.category)} | ${escapeCell(meta.description)} |`,
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
