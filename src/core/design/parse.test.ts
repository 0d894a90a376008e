import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_DESIGN_BYTES, parseDesign, parseDesignBytes } from './parse'
import type { ParseResult } from './parse'

const minimal = { format: 'archsight', version: 1, name: 'Test', nodes: [], edges: [] }
const node = (id: string, kind: string, extra: object = {}) => ({ id, kind, position: { x: 0, y: 0 }, ...extra })
const parseValue = (value: unknown): ParseResult => parseDesign(JSON.stringify(value))
const messageOf = (result: ParseResult): string => (result.ok ? 'parsed' : result.error.message)

describe('parseDesign: what it accepts', () => {
  it('reads both example designs', () => {
    for (const name of ['twitter-timeline', 'ticketmaster-onsale']) {
      const result = parseDesign(readFileSync(new URL(`../../../resources/templates/${name}.archsight`, import.meta.url), 'utf8'))
      expect(result.ok, messageOf(result)).toBe(true)
    }
  })

  it('keeps unknown props as they came and validates props of another technology by their domain', () => {
    const result = parseValue({
      ...minimal,
      nodes: [node('m', 'key-value', { technology: 'mongodb', props: { consistency: 'strong', shardKey: { a: [1] } } })],
    })
    expect(result.ok && result.design.nodes[0].props).toEqual({ consistency: 'strong', shardKey: { a: [1] } })
    const bad = parseValue({ ...minimal, nodes: [node('m', 'key-value', { technology: 'mongodb', props: { consistency: 'linear' } })] })
    expect(messageOf(bad)).toBe('Component 1 ("m"): props.consistency must be one of "eventual", "strong"; got "linear" (at nodes[0].props.consistency)')
  })

  it('allows null only where the catalogue has a "none" value', () => {
    const ok = parseValue({ ...minimal, nodes: [node('c', 'cache', { props: { ttlSeconds: null } })] })
    expect(ok.ok).toBe(true)
    const bad = parseValue({ ...minimal, nodes: [node('c', 'cdn', { props: { ttlSeconds: null } })] })
    expect(messageOf(bad)).toBe('Component 1 ("c"): props.ttlSeconds must be a number > 0; got null (at nodes[0].props.ttlSeconds)')
    const withNone = parseValue({ ...minimal, nodes: [node('c', 'cache', { props: { ttlSeconds: 0 } })] })
    expect(messageOf(withNone)).toBe('Component 1 ("c"): props.ttlSeconds must be a number > 0 or null (never expires); got 0 (at nodes[0].props.ttlSeconds)')
  })

  it('accepts self-loops, cycles, and a queue that is its own dead-letter queue', () => {
    const result = parseValue({
      ...minimal,
      nodes: [node('a', 'service'), node('b', 'service'), node('q', 'queue', { props: { deadLetterQueue: 'q' } })],
      edges: [
        { id: 'aa', source: 'a', target: 'a', mode: 'sync', access: 'read' },
        { id: 'ab', source: 'a', target: 'b', mode: 'sync', access: 'read' },
        { id: 'ba', source: 'b', target: 'a', mode: 'async', access: 'write' },
      ],
    })
    expect(result.ok, messageOf(result)).toBe(true)
  })

  it('builds a fresh design from known keys, leaving optional fields absent', () => {
    const result = parseValue({ ...minimal, nodes: [node('a', 'service', { label: 'A' })] })
    // A version 1 file is migrated in memory: the design is version 2 and says where it came from.
    expect(result).toEqual({
      ok: true,
      design: { ...minimal, version: 2, nodes: [{ id: 'a', kind: 'service', label: 'A', position: { x: 0, y: 0 } }] },
      migratedFrom: 1,
    })
    const current = parseValue({ ...minimal, version: 2 })
    expect(current).toEqual({ ok: true, design: { ...minimal, version: 2 } })
    if (result.ok) expect(Object.keys(result.design.nodes[0])).toEqual(['id', 'kind', 'label', 'position'])
  })

  it('strips a BOM from text and reads unknown rule ids (the analysis reports them)', () => {
    const result = parseDesign(`\ufeff${JSON.stringify({ ...minimal, rules: { 'no-such-rule': 'off' } })}`)
    expect(result.ok && result.design.rules).toEqual({ 'no-such-rule': 'off' })
  })

  it('counts characters, not UTF-16 units, against length limits', () => {
    expect(parseValue({ ...minimal, name: '😀'.repeat(200) }).ok).toBe(true)
    expect(messageOf(parseValue({ ...minimal, name: '' }))).toBe('name: expected a string of 1 to 200 characters, got ""')
  })
})

describe('parseDesign: what it refuses', () => {
  it('refuses a number too large to write back, also deep inside an unknown prop (it would be saved as null)', () => {
    const text = JSON.stringify({ ...minimal, nodes: [node('a', 'service', { props: { xTuning: { limits: [1, 2] } } })] }).replace('[1,2]', '[1,-1e400]')
    const result = parseDesign(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.path).toBe('nodes[0].props.xTuning.limits[1]')
    expect(messageOf(result)).toContain('a number too large to represent')
  })

  it('names the missing required keys', () => {
    expect(messageOf(parseValue({ format: 'archsight', version: 1, name: 'x', edges: [] }))).toBe(
      'nodes: missing (expected an array of nodes)',
    )
    expect(messageOf(parseValue({ ...minimal, nodes: [{ id: 'a', kind: 'service' }] }))).toBe(
      'Component 1 ("a"): position is missing; it must be an object { "x": number, "y": number } (at nodes[0].position)',
    )
  })

  it('refuses reserved names as ids and forbidden keys deep inside unknown props', () => {
    expect(messageOf(parseValue({ ...minimal, nodes: [node('constructor', 'service')] }))).toBe(
      'Component 1 ("constructor"): id: the id "constructor" is reserved; choose another (at nodes[0].id)',
    )
    const text = JSON.stringify({ ...minimal, nodes: [node('a', 'service', { props: { x: [{ y: { prototype: 1 } }] } })] })
    expect(messageOf(parseDesign(text))).toBe(
      'Component 1 ("a"): props.x[0].y.prototype: the key "prototype" is not allowed in a design file (at nodes[0].props.x[0].y.prototype)',
    )
  })

  it('refuses an escaped __proto__ key, which JSON.parse decodes to the same name', () => {
    const text = JSON.stringify(minimal).replace('"nodes"', '"\\u005f_proto__":{},"nodes"')
    expect(messageOf(parseDesign(text))).toBe('__proto__: the key "__proto__" is not allowed in a design file')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses very deep nesting without overflowing the stack', () => {
    const depth = 200_000
    const text = JSON.stringify({ ...minimal, nodes: [node('a', 'service', { props: { deep: 0 } })] }).replace(
      '"deep":0',
      `"deep":${'['.repeat(depth)}${']'.repeat(depth)}`,
    )
    expect(messageOf(parseDesign(text))).toMatch(/^Component 1 \("a"\): props\.deep(\[0\])+: objects and arrays nest more than 64 levels deep; a design needs far fewer \(at nodes\[0\]\.props\.deep(\[0\])+\)$/)
  })

  it('refuses an edge whose source is missing, and non-integers where integers belong', () => {
    const design = { ...minimal, nodes: [node('a', 'service', { props: { instances: 1.5 } })] }
    expect(messageOf(parseValue(design))).toBe('Component 1 ("a"): props.instances must be an integer >= 1; got 1.5 (at nodes[0].props.instances)')
    const edges = [{ id: 'e', source: 'ghost', target: 'a', mode: 'sync', access: 'read' }]
    expect(messageOf(parseValue({ ...minimal, nodes: [node('a', 'service')], edges }))).toBe(
      'Connection 1 (ghost \u2192 a): source must be the id of a node; got "ghost" (no node has this id) (at edges[0].source)',
    )
  })

  it('reports the first error in a fixed order: top-level keys before nodes, nodes before edges', () => {
    const design = {
      ...minimal,
      extra: 1,
      nodes: [node('a', 'nope')],
      edges: [{ id: 'e', source: 'x', target: 'y', mode: 'sync', access: 'read' }],
    }
    expect(messageOf(parseValue(design))).toMatch(/^extra: unknown key/)
    const { extra: _extra, ...withoutExtra } = design
    expect(messageOf(parseValue(withoutExtra))).toMatch(/^Component 1 \("a"\): kind must be one of "client", .*; got "nope" \(at nodes\[0\]\.kind\)$/)
  })

  it('refuses an older or non-integer version, and a newer one with an upgrade hint', () => {
    expect(messageOf(parseValue({ ...minimal, version: 0 }))).toBe('version: expected the integer 1 or 2, got 0')
    expect(messageOf(parseValue({ ...minimal, version: '1' }))).toBe('version: expected the integer 1 or 2, got "1"')
    expect(messageOf(parseValue({ ...minimal, version: 3 }))).toMatch(/format version 3\); this version reads version 2/)
    expect(messageOf(parseValue({ ...minimal, version: 7 }))).toMatch(/format version 7\); this version reads version 2/)
  })

  it('validates the workload, suppressions and view', () => {
    const workload = { monthlyActiveUsers: 1, readWriteRatio: 1, peakShareOfDailyUsers: 0 }
    expect(messageOf(parseValue({ ...minimal, workload }))).toBe(
      'workload.peakShareOfDailyUsers: expected a number > 0 and <= 1, got 0',
    )
    expect(messageOf(parseValue({ ...minimal, view: { viewport: { x: 0, y: 0, zoom: 0 } } }))).toBe(
      'view.viewport.zoom: expected a number > 0, got 0',
    )
    expect(messageOf(parseValue({ ...minimal, suppressions: [{ rule: 'x', reason: 'ok', note: 1 }] }))).toBe(
      'suppressions[0].note: unknown key "note" in a suppression; allowed keys are rule, target, reason',
    )
  })
})

describe('size limit', () => {
  it(`refuses bytes over ${MAX_DESIGN_BYTES / 1024 / 1024} MB before decoding or parsing`, () => {
    const bytes = new Uint8Array(60 * 1024 * 1024).fill(0x20)
    bytes[0] = 0x7b // '{' then 60 MB of spaces: parsing it would fail differently
    const started = performance.now()
    expect(parseDesignBytes(bytes)).toEqual({
      ok: false,
      error: { path: '', message: 'The file is 60.0 MB; Archsight opens designs of up to 50 MB, 50,000 components and 100,000 connections' },
    })
    expect(performance.now() - started).toBeLessThan(50)
  })

  it('refuses text whose UTF-8 size is over the limit, even with fewer characters than the limit', () => {
    const text = `{"name":"${'é'.repeat(26 * 1024 * 1024)}"}` // 26 M characters, 52 MB in UTF-8
    expect(messageOf(parseDesign(text))).toBe(
      'The file is 52.0 MB; Archsight opens designs of up to 50 MB, 50,000 components and 100,000 connections',
    )
  })
})
