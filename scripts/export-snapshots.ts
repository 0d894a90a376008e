/**
 * `npx tsx scripts/export-snapshots.ts OUT_DIR`: writes the exported SVG of every template (and the shared
 * examples) in the variants people export, so a change to the picture can be reviewed as a plain
 * `diff -r before after`: light and dark with the analysis and the legend, the bare drawing without analysis,
 * and each template with its first single point of failure suppressed (suppressed findings are not drawn).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { analyze } from '../src/core/analysis'
import { parseDesign, type Design } from '../src/core/design'
import { renderDesignSvg } from '../src/core/export/svg'

const out = process.argv[2]
if (!out) throw new Error('usage: tsx scripts/export-snapshots.ts OUT_DIR')
mkdirSync(out, { recursive: true })

function load(path: string): Design {
  const result = parseDesign(readFileSync(path, 'utf8'))
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`)
  return result.design
}

/** The design with its first single-point-of-failure finding suppressed, or undefined when it has none. */
function suppressFirstSpof(design: Design): Design | undefined {
  const spof = analyze(design).diagnostics.find((d) => d.ruleId === 'single-point-of-failure' && !d.suppressed)
  if (!spof || spof.target.type !== 'node') return undefined
  const suppression = { rule: spof.ruleId, target: spof.target.id, reason: 'accepted for the snapshot' }
  return { ...design, suppressions: [...(design.suppressions ?? []), suppression] }
}

const sources = [
  ...readdirSync('resources/templates')
    .filter((f) => f.endsWith('.archsight'))
    .map((f) => join('resources/templates', f)),
  ...readdirSync('../shared/examples')
    .filter((f) => f.endsWith('.archsight'))
    .map((f) => join('../shared/examples', f)),
]
let count = 0
for (const path of sources) {
  const name = path.split('/').pop()!.replace(/\.archsight$/, '')
  const design = load(path)
  const analysis = analyze(design)
  const variants: Record<string, string> = {
    light: renderDesignSvg(design, { analysis, legend: true }).svg,
    dark: renderDesignSvg(design, { analysis, legend: true, theme: 'dark' }).svg,
    bare: renderDesignSvg(design, { background: false, padding: 16 }).svg,
  }
  const suppressed = suppressFirstSpof(design)
  if (suppressed) variants.suppressed = renderDesignSvg(suppressed, { analysis: analyze(suppressed), legend: true }).svg
  for (const [variant, svg] of Object.entries(variants)) {
    writeFileSync(join(out, `${name}.${variant}.svg`), svg + '\n')
    count++
  }
}
console.log(`${count} pictures written to ${out}`)
