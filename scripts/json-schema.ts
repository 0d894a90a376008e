/**
 * Keeps docs/archsight.schema.json equal to the schema core builds from the parser's own facts:
 * `npx tsx scripts/json-schema.ts --write` rewrites it; src/core/design/jsonSchema.test.ts fails while it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { buildDesignSchema } from '../src/core/design/jsonSchema'

export const SCHEMA_FILE = resolve(import.meta.dirname, '../docs/archsight.schema.json')

export function renderSchema(): string {
  return `${JSON.stringify(buildDesignSchema(), null, 2)}\n`
}

if (process.argv.includes('--write')) {
  writeFileSync(SCHEMA_FILE, renderSchema())
  console.log(`wrote ${SCHEMA_FILE}`)
} else if (readFileSync(SCHEMA_FILE, 'utf8') !== renderSchema()) {
  console.error(`${SCHEMA_FILE} is stale: run npx tsx scripts/json-schema.ts --write`)
  process.exitCode = 1
}
