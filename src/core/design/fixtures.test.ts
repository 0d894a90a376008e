import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseDesign, parseDesignBytes } from './parse'

// Every broken file the editor may be handed, with the exact message a person sees. The editor's Playwright
// journey opens the same files, so they stay real .archsight files on disk.
const BROKEN: Record<string, { path: string; message: string }> = {
  "acks-as-number": { path: "nodes[7].props.acks", message: "Component 8 (\"Photo events\"): props.acks must be one of \"all\", \"1\", \"0\"; got 1 (at nodes[7].props.acks)" },
  "autoscaling-min-above-max": { path: "nodes[3].props.autoscaling.max", message: "Component 4 (\"Photo API\"): props.autoscaling.max must be an integer >= min (5); got 2 (at nodes[3].props.autoscaling.max)" },
  "bad-enum": { path: "nodes[4].props.replication", message: "Component 5 (\"Photos DB\"): props.replication must be one of \"none\", \"async\", \"sync\"; got \"foo\" (at nodes[4].props.replication)" },
  "bad-id": { path: "nodes[2].id", message: "Component 3 (\"Load balancer\"): id must be an id of 1 to 64 characters from A-Z a-z 0-9 _ . : -; got \"load balancer\" (at nodes[2].id)" },
  "bad-rule-setting": { path: "rules[\"cache-without-ttl\"]", message: "rules[\"cache-without-ttl\"]: expected one of \"off\", \"error\", \"warning\", \"info\", got \"warn\"" },
  "bom-prefixed-broken": { path: "", message: "The file is not valid JSON: Unexpected '\"', expected ',' or '}' after a property value at line 5, column 3" },
  "constructor-key": { path: "workload.constructor", message: "workload.constructor: the key \"constructor\" is not allowed in a design file" },
  "dangling-edge": { path: "edges[2].target", message: "Connection 3 (api → photos-db): target must be the id of a node; got \"photos-db\" (no node has this id) (at edges[2].target)" },
  "dlq-missing": { path: "nodes[5].props.deadLetterQueue", message: "Component 6 (\"Thumbnail jobs\"): props.deadLetterQueue must be the id of a queue node or null; got \"thumbs-dead\" (no node has this id) (at nodes[5].props.deadLetterQueue)" },
  "dlq-not-a-queue": { path: "nodes[5].props.deadLetterQueue", message: "Component 6 (\"Thumbnail jobs\"): props.deadLetterQueue must be the id of a queue node or null; got \"db\" (a relational-db node) (at nodes[5].props.deadLetterQueue)" },
  "double-bom": { path: "", message: "The file is not valid JSON: it starts with a second byte-order mark (U+FEFF) at line 1, column 1" },
  "duplicate-node-id": { path: "nodes[6].id", message: "Component 7 (\"Failed thumbnails\"): id: duplicate id \"db\" (nodes[4] has it too) (at nodes[6].id)" },
  "edge-id-clashes-with-node": { path: "edges[1].id", message: "Connection 2 (lb → api): id: duplicate id \"api\" (nodes[3] has it too) (at edges[1].id)" },
  "edge-touches-zone": { path: "edges[1].target", message: "Connection 2 (lb → az-a): target must be a node that is not a zone (an edge may not touch a zone); got \"az-a\" (at edges[1].target)" },
  "empty": { path: "", message: "The file is empty; expected an Archsight design (JSON)" },
  "huge-number": { path: "nodes[3].position.x", message: "Component 4 (\"Photo API\"): position.x must be a number from -10000000 to 10000000; got a number too large to represent (at nodes[3].position.x)" },
  "instances-as-string": { path: "nodes[3].props.instances", message: "Component 4 (\"Photo API\"): props.instances must be an integer >= 1; got \"3\" (at nodes[3].props.instances)" },
  "instances-zero": { path: "nodes[3].props.instances", message: "Component 4 (\"Photo API\"): props.instances must be an integer >= 1; got 0 (at nodes[3].props.instances)" },
  "invalid-utf8": { path: "", message: "The file is not valid UTF-8 (invalid byte at offset 880); save it as UTF-8" },
  "kind-typo": { path: "nodes[3].kind", message: "Component 4 (\"Photo API\"): kind must be one of \"client\", \"dns\", \"cdn\", \"load-balancer\", \"api-gateway\", \"service\", \"function\", \"relational-db\", \"key-value\", \"wide-column\", \"cache\", \"queue\", \"pubsub\", \"search\", \"logging\", \"object-storage\", \"job\", \"external\", \"zone\"; got \"servicez\" (at nodes[3].kind)" },
  "missing-read-write-ratio": { path: "workload.readWriteRatio", message: "workload.readWriteRatio: missing (expected a number > 0)" },
  "name-too-long": { path: "name", message: "name: expected a string of 1 to 200 characters, got 201 characters" },
  "nan-as-string": { path: "nodes[3].props.capacityRps", message: "Component 4 (\"Photo API\"): props.capacityRps must be a number > 0; got \"NaN\" (at nodes[3].props.capacityRps)" },
  "nan-unquoted": { path: "", message: "The file is not valid JSON: Unexpected 'NaN', expected a value at line 52, column 22" },
  "newer-version": { path: "", message: "This file was written by a newer Archsight (format version 3); this version reads version 2. Update Archsight to open it." },
  "not-json": { path: "", message: "The file is not valid JSON: Unexpected 'name', expected a value at line 1, column 1" },
  "parent-cycle": { path: "nodes[1].parent", message: "Component 2 (\"eu-west-1a\"): parent: zones contain each other in a cycle: az-a -> region -> az-a (at nodes[1].parent)" },
  "parent-not-zone": { path: "nodes[3].parent", message: "Component 4 (\"Photo API\"): parent must be the id of a zone node; got \"lb\" (a load-balancer node) (at nodes[3].parent)" },
  "peak-hours-reversed": { path: "workload.peakHours.end", message: "workload.peakHours.end: expected an hour after start (21), got 7" },
  "position-out-of-bounds": { path: "nodes[2].position.x", message: "Component 3 (\"Load balancer\"): position.x must be a number from -10000000 to 10000000; got 1e+308 (at nodes[2].position.x)" },
  "proto-key": { path: "nodes[3].props.__proto__", message: "Component 4 (\"Photo API\"): props.__proto__: the key \"__proto__\" is not allowed in a design file (at nodes[3].props.__proto__)" },
  "self-parent-zone": { path: "nodes[1].parent", message: "Component 2 (\"eu-west-1a\"): parent: zones contain each other in a cycle: az-a -> az-a (at nodes[1].parent)" },
  "share-above-one": { path: "edges[3].share", message: "Connection 4 (api → thumbs): share must be a number from 0 to 1; got 1.5 (at edges[3].share)" },
  "suppression-without-reason": { path: "suppressions[0].reason", message: "suppressions[0].reason: expected a non-empty reason (why the finding is accepted), got \"  \"" },
  "technology-of-another-kind": { path: "nodes[4].technology", message: "Component 5 (\"Photos DB\"): technology must be one of \"postgres\", \"mysql\" for kind \"relational-db\"; got \"mongodb\" (at nodes[4].technology)" },
  "top-level-array": { path: "", message: "The file is not an Archsight design: expected a JSON object at the top level, got an array" },
  "truncated-json": { path: "", message: "The file is not valid JSON: Unexpected end of input at line 125, column 3" },
  "unknown-node-key": { path: "nodes[3].colour", message: "Component 4 (\"Photo API\"): colour: unknown key \"colour\" in a node; allowed keys are id, kind, technology, label, position, parent, props (at nodes[3].colour)" },
  "unknown-top-level-key": { path: "theme", message: "theme: unknown key \"theme\" in a design; allowed keys are $schema, format, version, name, description, workload, nodes, edges, rules, suppressions, view" },
  "utf16-be-no-bom": { path: "", message: "The file is UTF-16; save it as UTF-8" },
  "utf16-le-bom": { path: "", message: "The file is UTF-16; save it as UTF-8" },
  "wrong-format": { path: "format", message: "format: expected \"archsight\", got \"drawio\"" },
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
      if (name === 'double-bom') continue // a text decoder has already dropped the first of the two marks
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
