import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateDesign } from '../analysis/fixtures/generateDesign'
import { formatCount, LIMITS, SIZE_LIMITS_SENTENCE } from './limits'
import { parseDesign, parseDesignBytes, parseValue } from './parse'
import type { ParseResult } from './parse'
import { serializeDesign } from './serialize'

const minimal = { format: 'archsight', version: 1, name: 'Test', nodes: [], edges: [] }
const node = (id: string, extra: object = {}) => ({ id, kind: 'service', position: { x: 0, y: 0 }, ...extra })
const messageOf = (result: ParseResult): string => (result.ok ? 'parsed' : result.error.message)

describe('formatCount', () => {
  it('groups a whole count the way toLocaleString("en-US") does, without Intl', () => {
    for (const count of [0, 7, 999, 1000, 12_345, 50_000, 100_001, 1_234_567, 10_000_000, -4200]) {
      expect(formatCount(count)).toBe(count.toLocaleString('en-US'))
    }
    expect(SIZE_LIMITS_SENTENCE).toBe('Archsight opens designs of up to 50 MB, 50,000 components and 100,000 connections')
  })
})

describe('limits hold at the limit', () => {
  it(`accepts ${LIMITS.nodes.toLocaleString('en-US')} components and refuses one more, naming the limits`, () => {
    const nodes = Array.from({ length: LIMITS.nodes }, (_, i) => node(`n${i}`))
    expect(parseValue({ ...minimal, nodes }).ok).toBe(true)
    const tooMany = parseValue({ ...minimal, nodes: [...nodes, node('one-more')] })
    expect(tooMany).toEqual({
      ok: false,
      error: { path: 'nodes', message: `nodes: the design has 50,001 components; ${SIZE_LIMITS_SENTENCE}` },
    })
  })

  it(`refuses more than ${LIMITS.edges.toLocaleString('en-US')} connections before reading any of them`, () => {
    const edges = new Array(LIMITS.edges + 1).fill(null)
    expect(messageOf(parseValue({ ...minimal, nodes: [node('a')], edges }))).toBe(
      `edges: the design has 100,001 connections; ${SIZE_LIMITS_SENTENCE}`,
    )
  })

  it('reads the largest generated design the limits allow, and writes it back the same', () => {
    const design = generateDesign(LIMITS.nodes - 30)
    expect(design.nodes.length).toBeLessThanOrEqual(LIMITS.nodes)
    const text = serializeDesign(design)
    const result = parseDesign(text)
    expect(result.ok && result.design.nodes.length).toBe(design.nodes.length)
  })

  it(`bounds coordinates to ±${LIMITS.coordinate.toLocaleString('en-US')} so every picture has a finite size`, () => {
    const at = (x: number, y = 0) => parseValue({ ...minimal, nodes: [node('api', { label: 'API', position: { x, y } })] })
    expect(at(LIMITS.coordinate, -LIMITS.coordinate).ok).toBe(true)
    expect(messageOf(at(1e308))).toBe(
      'Component 1 ("API"): position.x must be a number from -10000000 to 10000000; got 1e+308 (at nodes[0].position.x)',
    )
    expect(messageOf(at(0, -LIMITS.coordinate - 1))).toMatch(/position\.y must be a number from -10000000 to 10000000/)
  })

  it('accepts one byte-order mark and refuses a second like any stray character', () => {
    const text = JSON.stringify(minimal)
    const bom = [0xef, 0xbb, 0xbf]
    expect(parseDesignBytes(new Uint8Array([...bom, ...new TextEncoder().encode(text)])).ok).toBe(true)
    expect(parseDesign(`\ufeff${text}`).ok).toBe(true)
    const twice = new Uint8Array([...bom, ...bom, ...new TextEncoder().encode(text)])
    expect(messageOf(parseDesignBytes(twice))).toMatch(/^The file is not valid JSON: .*second byte-order mark/)
    expect(messageOf(parseDesign(`\ufeff\ufeff${text}`))).toMatch(/second byte-order mark/)
  })

  it('builds props without a prototype, so no key reads Object\'s members', () => {
    const result = parseValue({ ...minimal, nodes: [node('a', { props: { instances: 2, toString: 1 } })] })
    expect(result.ok).toBe(true)
    const props = result.ok ? result.design.nodes[0].props : undefined
    expect(Object.getPrototypeOf(props)).toBeNull()
    expect(props?.toString).toBe(1)
    expect(props?.hasOwnProperty).toBeUndefined()
  })

  it('names the component as a person would, keeping the JSON path after it', () => {
    const nodes = [node('web'), node('lb'), node('api'), node('orders-db', { kind: 'load-balancerz', label: 'Orders DB' })]
    expect(messageOf(parseValue({ ...minimal, nodes }))).toMatch(
      /^Component 4 \("Orders DB"\): kind must be one of "client", .*"zone"; got "load-balancerz" \(at nodes\[3\]\.kind\)$/,
    )
  })
})

describe('docs/format.md states the limits the parser enforces', () => {
  const docs = readFileSync(new URL('../../../docs/format.md', import.meta.url), 'utf8')
  const section = docs.slice(docs.indexOf('## Limits and refusals'))

  it('has the section, with every number of LIMITS in it', () => {
    expect(section.startsWith('## Limits and refusals')).toBe(true)
    expect(section).toContain(SIZE_LIMITS_SENTENCE)
    for (const value of [LIMITS.nesting, LIMITS.nameChars, LIMITS.labelChars]) expect(section).toContain(String(value))
    for (const value of [LIMITS.coordinate, LIMITS.textChars]) expect(section).toContain(value.toLocaleString('en-US'))
  })
})
