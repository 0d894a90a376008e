import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Ajv2020 from 'ajv/dist/2020.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderSchema, SCHEMA_FILE } from '../../../scripts/json-schema'
import { arbitraryDesign } from '../testing/arbitraries'
import { buildDesignSchema } from './jsonSchema'
import { parseDesign } from './parse'
import { serializeDesign } from './serialize'

const ajv = new Ajv2020({ strict: true, allErrors: false, strictTypes: false })
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')))

const TEMPLATES = fileURLToPath(new URL('../../../resources/templates/', import.meta.url))
const EXAMPLES = fileURLToPath(new URL('../../../../shared/examples/', import.meta.url))
const files = [
  ...readdirSync(TEMPLATES).filter((f) => f.endsWith('.archsight')).map((f) => `${TEMPLATES}${f}`),
  ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.archsight')).map((f) => `${EXAMPLES}${f}`),
]

/** What only the parser can check (cross-references and orderings); the schema's $comment lists them. */
const PARSER_ONLY = /duplicate id|(expected|must be) the id of a (node|zone|queue)|not a zone|cycle|an hour after start|an integer >= min|"replication" joins|replica/

describe('docs/archsight.schema.json', () => {
  it('is what buildDesignSchema() makes (run `npx tsx scripts/json-schema.ts --write` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema())
    expect(buildDesignSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it.each(files)('accepts %s (ajv, JSON Schema 2020-12)', (path) => {
    const value = JSON.parse(readFileSync(path, 'utf8'))
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true)
  })

  it('refuses what the parser refuses for its shape, with a path', () => {
    const design = JSON.parse(readFileSync(files[0], 'utf8'))
    const at = design.nodes.findIndex((n: { kind: string }) => n.kind === 'service')
    design.nodes[at].props = { ...(design.nodes[at].props ?? {}), instances: 0 }
    expect(validate(design)).toBe(false)
    expect(validate.errors?.[0].instancePath).toBe(`/nodes/${at}/props/instances`)
    expect(parseDesign(JSON.stringify(design))).toMatchObject({ ok: false, error: { path: `nodes[${at}].props.instances` } })
    design.nodes[at].props.instances = 2
    design.nodes[at].technology = 'cobol'
    expect(validate(design)).toBe(false)
    expect(validate.errors?.[0].instancePath).toBe(`/nodes/${at}/technology`)
  })

  it('agrees with the parser on generated designs and on single mutations of them', () => {
    const junk = fc.constantFrom<unknown>(null, -1, 0, 0.5, 1.5, 25, 2, '', 'x', 'a b', 'archsight', 'sync', 'read', 'x'.repeat(201), true, [], {}, { min: 3, max: 1 })
    const mutation = fc.record({ pick: fc.nat(), kind: fc.constantFrom('set', 'delete', 'add'), junk })
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 6 }), mutation, (design, { pick, kind, junk: value }) => {
        const json = JSON.parse(serializeDesign(design)) as Record<string, unknown>
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
        const slots = collectSlots(json)
        const [holder, key] = slots[pick % slots.length]
        if (kind === 'set') holder[key] = value
        else if (kind === 'delete') delete holder[key]
        else if (!Array.isArray(holder)) holder['unexpectedKey'] = value
        const parsed = parseDesign(JSON.stringify(json))
        const schemaSays = validate(json)
        if (parsed.ok) expect(schemaSays, `schema refused what the parser accepts: ${JSON.stringify(validate.errors)}`).toBe(true)
        else if (!PARSER_ONLY.test(parsed.error.message)) {
          expect(schemaSays, `schema accepted what the parser refuses: ${parsed.error.path}: ${parsed.error.message}`).toBe(false)
        }
      }),
      { numRuns: 400 },
    )
  })
})

type Holder = Record<string, unknown> | unknown[]

/** Every (container, key) pair in a JSON value, to mutate one at random. */
function collectSlots(value: unknown, out: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (value === null || typeof value !== 'object') return out
  const holder = value as Holder
  for (const key of Object.keys(holder)) {
    out.push([holder as Record<string, unknown>, key])
    collectSlots((holder as Record<string, unknown>)[key], out)
  }
  return out
}
