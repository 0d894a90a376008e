import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitraryDesign } from '../testing/arbitraries'
import { parseDesign } from './parse'
import { serializeDesign } from './serialize'
import { buildDesignSchema } from './jsonSchema'
import { SCHEMA_ID, type Design } from './types'

describe('serializeDesign', () => {
  it('round-trips every valid design: parse(serialize(d)) deep-equals d', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const result = parseDesign(serializeDesign(design))
        if (!result.ok) throw new Error(result.error.message)
        expect(result.design).toEqual(design)
      }),
      { numRuns: 300 },
    )
  })

  it('is stable: serializing the parsed text again gives the same text', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 6 }), (design) => {
        const text = serializeDesign(design)
        const again = parseDesign(text)
        expect(again.ok && serializeDesign(again.design)).toBe(text)
      }),
      { numRuns: 100 },
    )
  })

  it('writes keys in the spec order, leaves out undefined fields and ends with a newline', () => {
    const design: Design = {
      view: { viewport: { zoom: 1, y: 2, x: 3 } },
      edges: [{ target: 'a', access: 'read', mode: 'sync', source: 'a', id: 'loop', label: undefined }],
      nodes: [{ props: { instances: 2 }, position: { y: 1, x: 0 }, kind: 'service', id: 'a', label: undefined }],
      name: 'Order',
      version: 2,
      format: 'archsight',
    }
    expect(serializeDesign(design)).toBe(
      [
        '{',
        '  "$schema": "urn:archsight:design-format",',
        '  "format": "archsight",',
        '  "version": 2,',
        '  "name": "Order",',
        '  "nodes": [',
        '    {',
        '      "id": "a",',
        '      "kind": "service",',
        '      "position": { "x": 0, "y": 1 },',
        '      "props": { "instances": 2 }',
        '    }',
        '  ],',
        '  "edges": [',
        '    { "id": "loop", "source": "a", "target": "a", "mode": "sync", "access": "read" }',
        '  ],',
        '  "view": {',
        '    "viewport": { "x": 3, "y": 2, "zoom": 1 }',
        '  }',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('writes an empty design compactly and keeps the example designs intact', () => {
    expect(serializeDesign({ format: 'archsight', version: 2, name: 'E', nodes: [], edges: [] })).toBe(
      '{\n  "$schema": "urn:archsight:design-format",\n  "format": "archsight",\n  "version": 2,\n  "name": "E",\n  "nodes": [],\n  "edges": []\n}\n',
    )
    const text = readFileSync(new URL('../../../resources/templates/twitter-timeline.archsight', import.meta.url), 'utf8')
    const parsed = parseDesign(text)
    if (!parsed.ok) throw new Error(parsed.error.message)
    // The shared example is copied verbatim and has no "$schema"; everything else comes back as it was.
    expect(JSON.parse(serializeDesign(parsed.design))).toEqual({ $schema: SCHEMA_ID, ...JSON.parse(text) })
  })

  it('points "$schema" at the schema\'s $id, so an editor that knows docs/archsight.schema.json validates the file', () => {
    const text = serializeDesign({ format: 'archsight', version: 2, name: 'E', nodes: [], edges: [] })
    expect(JSON.parse(text).$schema).toBe(buildDesignSchema().$id)
    expect(text.split('\n')[1]).toBe('  "$schema": "urn:archsight:design-format",')
  })
})

describe('"$schema" in a file', () => {
  const base = { format: 'archsight', version: 2, name: 'S', nodes: [], edges: [] }
  it('is accepted in version 2 and 1 files, whatever schema copy it names, and not kept in the design', () => {
    for (const [version, $schema] of [[2, SCHEMA_ID], [2, './docs/archsight.schema.json'], [1, 'https://example.com/s.json']] as const) {
      const result = parseDesign(JSON.stringify({ $schema, ...base, version }))
      if (!result.ok) throw new Error(result.error.message)
      expect(result.design).not.toHaveProperty('$schema')
      expect(result.design.name).toBe('S')
    }
  })
  it('refuses a "$schema" that is not a string, naming the key', () => {
    const result = parseDesign(JSON.stringify({ $schema: 42, ...base }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/^\$schema: expected a string of at most 2000 characters, got 42/)
  })
  it('survives a round trip: a saved file parses to the same design and saves to the same text', () => {
    const text = serializeDesign({ ...base, version: 2, description: 'd' } as Design)
    const again = parseDesign(text)
    if (!again.ok) throw new Error(again.error.message)
    expect(serializeDesign(again.design)).toBe(text)
  })
})
