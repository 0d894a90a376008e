import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryDesign } from '../testing/arbitraries'
import { parseDesign, parseDesignBytes } from './parse'
import type { ParseResult } from './parse'
import { serializeDesign } from './serialize'

// Whatever arrives (a half-saved file, a hand edit gone wrong, a hostile file), reading it returns a result,
// never an exception, and anything it accepts is a design that writes and reads back the same.

const MAX_TEXT = 100_000

function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    const again = parseDesign(serializeDesign(result.design))
    expect(again).toEqual(result)
  } else {
    expect(result.error.message.length).toBeGreaterThan(0)
    // The path is in the message: first (`workload.x: ...`) or after a component's name (`... (at nodes[3].x)`).
    expect(result.error.message.includes(result.error.path)).toBe(true)
  }
}

type Edit = { kind: 'delete' | 'insert' | 'replace' | 'duplicate' | 'truncate'; at: number; length: number; text: string }

const arbitraryEdit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'replace', 'duplicate', 'truncate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', 'null', '-0', '1e400', 'NaN', '"__proto__":', '\u0000', '\ud800'),
    fc.string({ unit: 'binary', maxLength: 4 }),
  ),
})

function applyEdit(text: string, edit: Edit): string {
  const at = text.length === 0 ? 0 : edit.at % text.length
  const end = Math.min(text.length, at + edit.length)
  switch (edit.kind) {
    case 'delete':
      return text.slice(0, at) + text.slice(end)
    case 'insert':
      return text.slice(0, at) + edit.text + text.slice(at)
    case 'replace':
      return text.slice(0, at) + edit.text + text.slice(end)
    case 'duplicate':
      return text.slice(0, end) + text.slice(at, end) + text.slice(end)
    case 'truncate':
      return text.slice(0, at)
  }
}

/** A random path into a JSON value, for structural mutations. */
function setAtRandomPath(root: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || typeof root !== 'object' || root === null) return replacement
  const keys = Object.keys(root)
  if (keys.length === 0) return replacement
  const key = keys[choices[0] % keys.length]
  const copy: Record<string, unknown> = Array.isArray(root) ? ([...root] as unknown as Record<string, unknown>) : { ...root }
  copy[key] = setAtRandomPath((root as Record<string, unknown>)[key], choices.slice(1), replacement)
  return copy
}

describe('reading damaged files never throws', () => {
  it('survives random text edits of valid designs of up to 100k characters', () => {
    // A few big designs sampled once (generating one per run would dominate the time), edited at random.
    const bases = fc
      .sample(arbitraryDesign({ maxNodes: 300, maxEdges: 400 }), { numRuns: 4, seed: 1 })
      .map((design) => serializeDesign(design).slice(0, MAX_TEXT))
    bases.push(serializeDesign(fc.sample(arbitraryDesign({ maxNodes: 8 }), { numRuns: 1, seed: 2 })[0]))
    expect(Math.max(...bases.map((b) => b.length))).toBeGreaterThan(50_000)
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.array(arbitraryEdit, { minLength: 1, maxLength: 6 }), (base, edits) => {
        expectWellFormed(parseDesign(edits.reduce(applyEdit, base).slice(0, MAX_TEXT)))
      }),
      { numRuns: 400 },
    )
  })

  it('survives structural edits: any JSON value anywhere, including hostile keys', () => {
    const hostile = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.constantFrom(null, -0, 1e308, '', [], {}, { __proto__: null }, Number.MAX_SAFE_INTEGER + 2),
    )
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 10 }), fc.array(fc.nat(), { maxLength: 6 }), hostile, (design, path, value) => {
        const mutated = setAtRandomPath(JSON.parse(serializeDesign(design)), path, value)
        expectWellFormed(parseDesign(JSON.stringify(mutated) ?? ''))
      }),
      { numRuns: 300 },
    )
  })

  it('survives random bytes and random text', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => expectWellFormed(parseDesignBytes(bytes))),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => expectWellFormed(parseDesign(text))),
      { numRuns: 300 },
    )
  })

  it('a 100,000-character valid design reads in well under a second', () => {
    const nodes = Array.from({ length: 700 }, (_, i) => ({ id: `n${i}`, kind: 'service', position: { x: i * 10, y: 0 } }))
    const text = JSON.stringify({ format: 'archsight', version: 1, name: 'Big', nodes, edges: [] })
    expect(text.length).toBeGreaterThan(40_000)
    const started = performance.now()
    expect(parseDesign(text).ok).toBe(true)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
