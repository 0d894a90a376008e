/**
 * Keeps docs/catalogue.md's tables equal to the catalogue's data (src/core/catalogue): `npx tsx
 * scripts/catalogue-doc.ts --write` rewrites the part between the markers; src/cli/docs.test.ts fails while
 * the page is stale. The prose around the tables is written by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CATEGORY_LABELS, KIND_SPECS, type DefaultValue, type KindSpec, type PropSpec } from '../src/core/catalogue'

export const CATALOGUE_DOC = resolve(import.meta.dirname, '../docs/catalogue.md')
export const START_MARKER = '<!-- catalogue:start -->'
export const END_MARKER = '<!-- catalogue:end -->'

/** The roles of issue 8 (point 22) in the order the page shows them; a role the data adds shows under its key. */
const ROLE_LABELS: Readonly<Record<string, string>> = {
  entry: 'entry',
  passThrough: 'pass-through',
  router: 'router',
  broker: 'broker',
  durableStore: 'durable store',
  cache: 'cache',
  derived: 'derived copy',
  job: 'job',
  external: 'external',
  hop: 'sync hop',
}

type WithRoles = KindSpec & { roles?: Readonly<Record<string, boolean>> }

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')
}

function formatValue(value: DefaultValue, prop: PropSpec): string {
  if (value === null) return prop.nullLabel ?? 'none'
  return `\`${JSON.stringify(value)}\``
}

function describeValues(prop: PropSpec): string {
  const orNull = prop.default === null || prop.nullLabel !== undefined ? `, or \`null\` (${prop.nullLabel ?? 'none'})` : ''
  let values: string
  switch (prop.type) {
    case 'integer':
      values = `integer >= ${prop.min ?? 0}`
      break
    case 'number': {
      const bounds = [
        prop.exclusiveMin !== undefined ? `> ${prop.exclusiveMin}` : prop.min !== undefined ? `>= ${prop.min}` : '',
        prop.max !== undefined ? `<= ${prop.max}` : '',
      ].filter(Boolean)
      values = `number ${bounds.join(' and ')}`.trim()
      break
    }
    case 'boolean':
      values = '`true`, `false`'
      break
    case 'enum':
      values = (prop.options ?? []).map((option) => `\`"${option}"\``).join(', ')
      break
    case 'autoscaling':
      values = '`{ "min", "max" }`, integers, 1 <= min <= max'
      break
    case 'queue-ref':
      values = 'the id of a `queue` node'
      break
  }
  return `${values}${prop.unit ? ` ${prop.unit}` : ''}${orNull}`
}

function describeDefault(prop: PropSpec, spec: KindSpec): string {
  const parts: string[] = []
  const techs = spec.technologies.map((t) => t.id).filter((id) => !prop.technologies || prop.technologies.includes(id))
  const own = techs.filter((id) => prop.technologyDefaults && id in prop.technologyDefaults)
  const rest = techs.filter((id) => !own.includes(id))
  for (const id of own) parts.push(`${id}: ${formatValue(prop.technologyDefaults?.[id] ?? null, prop)}`)
  if (rest.length > 0) {
    const base = formatValue(prop.default, prop)
    const driven = prop.defaultFrom
      ? Object.entries(prop.defaultFrom.values)
          .map(([when, value]) => `${prop.defaultFrom?.prop} ${when}: ${formatValue(value, prop)}`)
          .join(', ')
      : ''
    const text = driven || base
    parts.push(own.length > 0 ? `${rest.join(', ')}: ${text}` : text)
  }
  return parts.join('; ')
}

function renderKindTable(): string[] {
  const rows = KIND_SPECS.map((spec) => {
    const techs = spec.technologies
      .map((t, i) => {
        const notes = [...(t.managed ? ['managed'] : []), ...(i === 0 ? ['default'] : [])]
        return `\`${t.id}\` ${t.label}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`
      })
      .join(', ')
    return `| \`${spec.kind}\` | ${cell(spec.label)} | ${CATEGORY_LABELS[spec.category]} | ${cell(spec.description)} | ${cell(techs)} |`
  })
  return ['| Kind | Label | Palette group | What it is | Technologies |', '| --- | --- | --- | --- | --- |', ...rows]
}

function renderRoleTable(): string[] {
  const keys = [...Object.keys(ROLE_LABELS)]
  for (const spec of KIND_SPECS as readonly WithRoles[]) {
    for (const key of Object.keys(spec.roles ?? {})) if (!keys.includes(key)) keys.push(key)
  }
  const rows = (KIND_SPECS as readonly WithRoles[]).map((spec) => {
    const marks = keys.map((key) => (spec.roles === undefined ? '?' : spec.roles[key] ? 'yes' : '—'))
    return `| \`${spec.kind}\` | ${spec.stateful ? 'yes' : '—'} | ${marks.join(' | ')} |`
  })
  const head = `| Kind | stateful | ${keys.map((key) => ROLE_LABELS[key] ?? key).join(' | ')} |`
  return [head, `| --- | --- | ${keys.map(() => '---').join(' | ')} |`, ...rows]
}

function renderProps(spec: KindSpec): string[] {
  const lines = [`### \`${spec.kind}\``, '']
  if (spec.props.length === 0) return [...lines, 'No props.', '']
  lines.push('| Prop | Values | Default | Meaning |', '| --- | --- | --- | --- |')
  for (const prop of spec.props) {
    const only = prop.technologies ? ` (${prop.technologies.join(', ')} only)` : ''
    lines.push(
      `| \`${prop.key}\`${only} | ${cell(describeValues(prop))} | ${cell(describeDefault(prop, spec))} | ${cell(prop.help)} |`,
    )
  }
  return [...lines, '']
}

/** Everything between the markers: kinds, roles, and each kind's props. */
export function generateCatalogueTables(): string {
  return [
    '<!-- Generated from src/core/catalogue by `npx tsx scripts/catalogue-doc.ts --write`; do not edit by hand. -->',
    '',
    '### Kinds and technologies',
    '',
    ...renderKindTable(),
    '',
    '### Roles',
    '',
    ...renderRoleTable(),
    '',
    '## Props of each kind',
    '',
    ...KIND_SPECS.flatMap(renderProps),
  ]
    .join('\n')
    .trimEnd()
}

/** The page with the generated tables between the markers; throws when the markers are missing. */
export function replaceCatalogueTables(doc: string, tables: string): string {
  const start = doc.indexOf(START_MARKER)
  const end = doc.indexOf(END_MARKER)
  if (start < 0 || end < start) throw new Error(`docs/catalogue.md needs ${START_MARKER} ... ${END_MARKER}`)
  return `${doc.slice(0, start + START_MARKER.length)}\n${tables}\n${doc.slice(end)}`
}

if (process.argv.includes('--write')) {
  const doc = readFileSync(CATALOGUE_DOC, 'utf8')
  const updated = replaceCatalogueTables(doc, generateCatalogueTables())
  if (updated === doc) console.log('docs/catalogue.md is up to date')
  else {
    writeFileSync(CATALOGUE_DOC, updated)
    console.log(`docs/catalogue.md tables rewritten (${KIND_SPECS.length} kinds)`)
  }
}
