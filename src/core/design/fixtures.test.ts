import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDesign, parseDesignBytes } from './parse'

// Every broken file the editor may be handed, with the exact message a person sees. The editor's Playwright
// journey opens the same files, so they stay real .archsight files on disk.
const BROKEN: Record<string, { path: string; message: string }> = {
  'acks-as-number': { path: 'nodes[7].props.acks', message: 'nodes[7].props.acks: expected one of "all", "1", "0", got 1' },
  'autoscaling-min-above-max': {
    path: 'nodes[3].props.autoscaling.max',
    message: 'nodes[3].props.autoscaling.max: expected an integer >= min (5), got 2',
  },
  'bad-enum': {
    path: 'nodes[4].props.replication',
    message: 'nodes[4].props.replication: expected one of "none", "async", "sync", got "foo"',
  },
  'bad-id': {
    path: 'nodes[2].id',
    message: 'nodes[2].id: expected an id of 1 to 64 characters from A-Z a-z 0-9 _ . : -, got "load balancer"',
  },
  'bad-rule-setting': {
    path: 'rules["cache-without-ttl"]',
    message: 'rules["cache-without-ttl"]: expected one of "off", "error", "warning", "info", got "warn"',
  },
  'bom-prefixed-broken': {
    path: '',
    message: `The file is not valid JSON: Unexpected '"', expected ',' or '}' after a property value at line 5, column 3`,
  },
  'constructor-key': {
    path: 'workload.constructor',
    message: 'workload.constructor: the key "constructor" is not allowed in a design file',
  },
  'dangling-edge': {
    path: 'edges[2].target',
    message: 'edges[2].target: expected the id of a node, got "photos-db" (no node has this id)',
  },
  'dlq-missing': {
    path: 'nodes[5].props.deadLetterQueue',
    message: 'nodes[5].props.deadLetterQueue: expected the id of a queue node or null, got "thumbs-dead" (no node has this id)',
  },
  'dlq-not-a-queue': {
    path: 'nodes[5].props.deadLetterQueue',
    message: 'nodes[5].props.deadLetterQueue: expected the id of a queue node or null, got "db" (a relational-db node)',
  },
  'duplicate-node-id': { path: 'nodes[6].id', message: 'nodes[6].id: duplicate id "db" (nodes[4] has it too)' },
  'edge-id-clashes-with-node': { path: 'edges[1].id', message: 'edges[1].id: duplicate id "api" (nodes[3] has it too)' },
  'edge-touches-zone': {
    path: 'edges[1].target',
    message: 'edges[1].target: expected a node that is not a zone (an edge may not touch a zone), got "az-a"',
  },
  empty: { path: '', message: 'The file is empty; expected an Archsight design (JSON)' },
  'huge-number': {
    path: 'nodes[3].position.x',
    message: 'nodes[3].position.x: expected a finite number, got a number too large to represent',
  },
  'instances-as-string': {
    path: 'nodes[3].props.instances',
    message: 'nodes[3].props.instances: expected an integer >= 1, got "3"',
  },
  'instances-zero': { path: 'nodes[3].props.instances', message: 'nodes[3].props.instances: expected an integer >= 1, got 0' },
  'invalid-utf8': { path: '', message: 'The file is not valid UTF-8 (invalid byte at offset 880); save it as UTF-8' },
  'missing-read-write-ratio': {
    path: 'workload.readWriteRatio',
    message: 'workload.readWriteRatio: missing (expected a number > 0)',
  },
  'name-too-long': { path: 'name', message: 'name: expected a string of 1 to 200 characters, got 201 characters' },
  'nan-as-string': {
    path: 'nodes[3].props.capacityRps',
    message: 'nodes[3].props.capacityRps: expected a number > 0, got "NaN"',
  },
  'nan-unquoted': {
    path: '',
    message: "The file is not valid JSON: Unexpected 'NaN', expected a value at line 52, column 22",
  },
  'newer-version': {
    path: '',
    message:
      'This file was written by a newer Archsight (format version 3); this version reads version 2. ' +
      'Update Archsight to open it.',
  },
  'not-json': { path: '', message: "The file is not valid JSON: Unexpected 'name', expected a value at line 1, column 1" },
  'parent-cycle': {
    path: 'nodes[1].parent',
    message: 'nodes[1].parent: zones contain each other in a cycle: az-a -> region -> az-a',
  },
  'parent-not-zone': {
    path: 'nodes[3].parent',
    message: 'nodes[3].parent: expected the id of a zone node, got "lb" (a load-balancer node)',
  },
  'peak-hours-reversed': {
    path: 'workload.peakHours.end',
    message: 'workload.peakHours.end: expected an hour after start (21), got 7',
  },
  'proto-key': {
    path: 'nodes[3].props.__proto__',
    message: 'nodes[3].props.__proto__: the key "__proto__" is not allowed in a design file',
  },
  'self-parent-zone': { path: 'nodes[1].parent', message: 'nodes[1].parent: zones contain each other in a cycle: az-a -> az-a' },
  'share-above-one': { path: 'edges[3].share', message: 'edges[3].share: expected a number from 0 to 1, got 1.5' },
  'suppression-without-reason': {
    path: 'suppressions[0].reason',
    message: 'suppressions[0].reason: expected a non-empty reason (why the finding is accepted), got "  "',
  },
  'technology-of-another-kind': {
    path: 'nodes[4].technology',
    message: 'nodes[4].technology: expected one of "postgres", "mysql" for kind "relational-db", got "mongodb"',
  },
  'top-level-array': {
    path: '',
    message: 'The file is not an Archsight design: expected a JSON object at the top level, got an array',
  },
  'truncated-json': { path: '', message: 'The file is not valid JSON: Unexpected end of input at line 125, column 3' },
  'unknown-node-key': {
    path: 'nodes[3].colour',
    message:
      'nodes[3].colour: unknown key "colour" in a node; allowed keys are id, kind, technology, label, position, parent, props',
  },
  'unknown-top-level-key': {
    path: 'theme',
    message:
      'theme: unknown key "theme" in a design; allowed keys are format, version, name, description, workload, nodes, ' +
      'edges, rules, suppressions, view',
  },
  'utf16-be-no-bom': { path: '', message: 'The file is UTF-16; save it as UTF-8' },
  'utf16-le-bom': { path: '', message: 'The file is UTF-16; save it as UTF-8' },
  'wrong-format': { path: 'format', message: 'format: expected "archsight", got "drawio"' },
}

const brokenDir = fileURLToPath(new URL('./fixtures/broken', import.meta.url))
const validDir = fileURLToPath(new URL('./fixtures/valid', import.meta.url))
const readBytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path))

describe('broken design files', () => {
  it('has an expected message for every fixture on disk, and a fixture for every expected message', () => {
    const files = readdirSync(brokenDir).map((f) => f.replace(/\.archsight$/, ''))
    expect(files.sort()).toEqual(Object.keys(BROKEN).sort())
  })

  for (const [name, expected] of Object.entries(BROKEN)) {
    it(`refuses ${name}.archsight with its exact message`, () => {
      const result = parseDesignBytes(readBytes(join(brokenDir, `${name}.archsight`)))
      expect(result).toEqual({ ok: false, error: expected })
    })
  }

  it('publishes the same table in fixtures/broken-messages.json for the editor\'s Playwright journey', () => {
    const published = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/broken-messages.json', import.meta.url)), 'utf8'))
    expect(published).toEqual(Object.fromEntries(Object.entries(BROKEN).map(([name, error]) => [`${name}.archsight`, error])))
  })

  it('gives the same message when the text was decoded elsewhere (the browser reads files as text)', () => {
    for (const name of Object.keys(BROKEN)) {
      if (name === 'invalid-utf8') continue // a text decoder has already replaced the bad byte
      const text = new TextDecoder().decode(readBytes(join(brokenDir, `${name}.archsight`)))
      const result = parseDesign(text)
      expect(result.ok ? 'parsed' : result.error.message, name).toBe(BROKEN[name].message)
    }
  })
})

describe('valid fixture files', () => {
  it('reads the plain file and the BOM-prefixed copy to the same design', () => {
    const plain = parseDesignBytes(readBytes(join(validDir, 'photo-sharing.archsight')))
    const withBom = parseDesignBytes(readBytes(join(validDir, 'bom-prefixed.archsight')))
    expect(plain.ok).toBe(true)
    expect(withBom).toEqual(plain)
  })
})
