/**
 * The v1 corpus check of issue 8: every template and example as it was before analysis v2 lives in
 * src/core/analysis/fixtures/v1-corpus/ (the two shared examples are byte-identical to their templates), and
 * findings-before.json holds what the v1 analysis said about them. This script lints the same files with the
 * analysis as it is now and prints every finding and design label that differs, so each difference can be
 * traced to the numbered point of issue 8 that explains it.
 *
 *   npx tsx scripts/corpus-diff.ts            print the differences (exit 0 either way)
 *   npx tsx scripts/corpus-diff.ts --snapshot  rewrite findings-before.json (only ever run on v1 code)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeAnalysis } from '../src/core/analysis/fixtures/corpusLines'
import { parseDesign } from '../src/core/design'

const CORPUS = join(import.meta.dirname, '..', 'src', 'core', 'analysis', 'fixtures', 'v1-corpus')
const SNAPSHOT = join(CORPUS, 'findings-before.json')

type Lines = Record<string, string[]>

function lintCorpus(): Lines {
  const out: Lines = {}
  for (const file of readdirSync(CORPUS).filter((f) => f.endsWith('.archsight')).sort()) {
    const parsed = parseDesign(readFileSync(join(CORPUS, file), 'utf8'))
    if (!parsed.ok) throw new Error(`${file}: ${parsed.error.path} ${parsed.error.message}`)
    out[file] = describeAnalysis(parsed.design)
  }
  return out
}

const now = lintCorpus()
if (process.argv.includes('--snapshot')) {
  writeFileSync(SNAPSHOT, `${JSON.stringify(now, null, 2)}\n`)
  console.log(`wrote ${SNAPSHOT}`)
} else {
  const before = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Lines
  let differences = 0
  for (const file of Object.keys({ ...before, ...now }).sort()) {
    const was = before[file] ?? []
    const is = now[file] ?? []
    const gone = was.filter((line) => !is.includes(line))
    const added = is.filter((line) => !was.includes(line))
    if (gone.length === 0 && added.length === 0) continue
    console.log(`\n${file}`)
    for (const line of gone) console.log(`  - ${line}`)
    for (const line of added) console.log(`  + ${line}`)
    differences += gone.length + added.length
  }
  console.log(differences === 0 ? 'The v1 corpus lints identically.' : `\n${differences} differing lines`)
}
