/**
 * The design format as JSON Schema 2020-12, built from the same facts the parser checks (key lists, ranges,
 * the catalogue's kinds, technologies and props), so docs/archsight.schema.json cannot drift from parseDesign.
 * `scripts/json-schema.ts --write` writes the file; a test fails when it differs from this.
 * What a schema cannot say is left to the parser and named in $comment: ids unique across nodes and edges,
 * edge ends naming a node that is not a zone, parent naming a zone without cycles, a dead-letter queue naming
 * a queue node, autoscaling max >= min, peakHours end after start.
 */
import { KIND_SPECS } from '../catalogue'
import type { PropSpec } from '../catalogue'
import { DESIGN_FORMAT, DESIGN_VERSION, ID_PATTERN, READABLE_VERSIONS, SCHEMA_ID } from './types'
import { DESIGN_KEYS, EDGE_KEYS, WORKLOAD_KEYS } from './validate'
import { NODE_KEYS } from './validateNodes'
import { EDGE_RANGES } from './edges'

export { SCHEMA_ID }

type Schema = Record<string, unknown>

const ID: Schema = { type: 'string', pattern: ID_PATTERN.source }
const finite: Schema = { type: 'number' }

function range(spec: { min?: number; exclusiveMin?: number; max?: number }): Schema {
  return {
    ...(spec.min !== undefined ? { minimum: spec.min } : {}),
    ...(spec.exclusiveMin !== undefined ? { exclusiveMinimum: spec.exclusiveMin } : {}),
    ...(spec.max !== undefined ? { maximum: spec.max } : {}),
  }
}

function closed(properties: Record<string, Schema>, required: readonly string[], keys: readonly string[]): Schema {
  // The parser's key lists and these properties must agree: a key in one and not the other is a bug here.
  const missing = keys.filter((k) => !(k in properties))
  if (missing.length > 0) throw new Error(`jsonSchema: no schema for ${missing.join(', ')}`)
  return { type: 'object', properties, required: [...required], additionalProperties: false }
}

function propSchema(spec: PropSpec): Schema {
  const isNullable = spec.default === null || spec.nullLabel !== undefined
  const orNull = (schema: Schema): Schema => (isNullable ? { anyOf: [schema, { type: 'null' }] } : schema)
  const description = spec.help
  switch (spec.type) {
    case 'integer':
      return { description, ...orNull({ type: 'integer', ...range(spec) }) }
    case 'number':
      return { description, ...orNull({ type: 'number', ...range(spec) }) }
    case 'boolean':
      return { description, ...orNull({ type: 'boolean' }) }
    case 'enum':
      return { description, ...orNull({ enum: [...(spec.options ?? [])] }) }
    case 'autoscaling':
      return {
        description,
        $comment: 'max >= min is checked by the parser',
        ...orNull(closed({ min: { type: 'integer', minimum: 1 }, max: { type: 'integer', minimum: 1 } }, ['min', 'max'], ['min', 'max'])),
      }
    case 'queue-ref':
      return { description, $comment: 'the id of a queue node, checked by the parser', ...orNull({ type: 'string' }) }
  }
}

function nodeSchema(): Schema {
  const base = closed(
    {
      id: ID,
      kind: { enum: KIND_SPECS.map((k) => k.kind) },
      technology: { type: 'string' },
      label: { type: 'string', maxLength: 200 },
      position: closed({ x: finite, y: finite }, ['x', 'y'], ['x', 'y']),
      parent: { ...ID, $comment: 'the id of a zone node, checked by the parser' },
      props: { type: 'object' },
    },
    ['id', 'kind', 'position'],
    NODE_KEYS,
  )
  // Per kind: its technologies, and its props' types (unknown props are kept: forward compatibility).
  const byKind = KIND_SPECS.map((spec) => ({
    if: { properties: { kind: { const: spec.kind } }, required: ['kind'] },
    then: {
      properties: {
        technology: { enum: spec.technologies.map((t) => t.id) },
        props: { type: 'object', properties: Object.fromEntries(spec.props.map((p) => [p.key, propSchema(p)])) },
      },
    },
  }))
  return { ...base, allOf: byKind }
}

export function buildDesignSchema(): Schema {
  const workload = closed(
    {
      monthlyActiveUsers: { type: 'number', minimum: 0 },
      requestsPerUserPerDay: { type: 'number', exclusiveMinimum: 0 },
      readWriteRatio: { type: 'number', exclusiveMinimum: 0 },
      peakHours: {
        ...closed({ start: { type: 'integer', minimum: 0, maximum: 24 }, end: { type: 'integer', minimum: 0, maximum: 24 } }, ['start', 'end'], ['start', 'end']),
        $comment: 'end after start is checked by the parser',
      },
      peakShareOfDailyUsers: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
      burstFactor: { type: 'number', exclusiveMinimum: 0 },
      dailyActiveUsers: { type: 'number', minimum: 0 },
    },
    ['monthlyActiveUsers', 'readWriteRatio'],
    WORKLOAD_KEYS,
  )
  const edge = closed(
    {
      id: ID,
      source: ID,
      target: ID,
      mode: { enum: ['sync', 'async', 'replication'], $comment: 'replication joins two stores of one kind and technology, checked by the parser' },
      access: { enum: ['read', 'write', 'read-write'] },
      label: { type: 'string', maxLength: 200 },
      share: { type: 'number', ...range(EDGE_RANGES.share) },
      optional: { type: 'boolean' },
      consistency: { enum: ['strong', 'eventual'] },
      fanOut: { type: 'integer', ...range(EDGE_RANGES.fanOut) },
    },
    ['id', 'source', 'target', 'mode', 'access'],
    EDGE_KEYS,
  )
  const design = closed(
    {
      // Any string: a file may point an editor at a copy of the schema wherever it keeps one.
      $schema: { type: 'string', maxLength: 2000 },
      format: { const: DESIGN_FORMAT },
      version: { enum: [...READABLE_VERSIONS], $comment: `Archsight writes version ${DESIGN_VERSION}; version 1 files are read and migrated` },
      name: { type: 'string', minLength: 1, maxLength: 200 },
      description: { type: 'string', maxLength: 10000 },
      workload: { $ref: '#/$defs/workload' },
      nodes: { type: 'array', items: { $ref: '#/$defs/node' } },
      edges: { type: 'array', items: { $ref: '#/$defs/edge' } },
      rules: { type: 'object', additionalProperties: { enum: ['off', 'error', 'warning', 'info'] } },
      suppressions: {
        type: 'array',
        items: closed(
          {
            rule: { type: 'string', minLength: 1, maxLength: 200 },
            target: ID,
            reason: { type: 'string', minLength: 1, maxLength: 10000, pattern: '\\S' },
          },
          ['rule', 'reason'],
          ['rule', 'target', 'reason'],
        ),
      },
      view: closed(
        { viewport: closed({ x: finite, y: finite, zoom: { type: 'number', exclusiveMinimum: 0 } }, ['x', 'y', 'zoom'], ['x', 'y', 'zoom']) },
        [],
        ['viewport'],
      ),
    },
    ['format', 'version', 'name', 'nodes', 'edges'],
    DESIGN_KEYS,
  )
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: SCHEMA_ID,
    title: 'Archsight design',
    description: `An Archsight system design, format version ${DESIGN_VERSION} (.archsight).`,
    $comment:
      'Checked only by the parser: ids unique across nodes and edges; edge source/target name a node that is not a zone; ' +
      'parent names a zone, without cycles; deadLetterQueue names a queue node; autoscaling max >= min; peakHours end > start; ' +
      'a replication edge joins two stores of one kind and technology.',
    ...design,
    $defs: { node: nodeSchema(), edge, workload },
  }
}
