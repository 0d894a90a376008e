import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDesign } from '../design/parse'
import { serializeDesign } from '../design/serialize'
import { KINDS } from '../design/types'
import { arbitraryDesign } from './arbitraries'

describe('arbitraryDesign', () => {
  it('only produces designs the format accepts', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const result = parseDesign(serializeDesign(design))
        expect(result.ok ? 'ok' : result.error.message).toBe('ok')
      }),
      { numRuns: 200 },
    )
  })

  it('covers what the analysis must survive: every kind, nested zones, self-loops, queue refs, other-technology props', () => {
    const seen = { kinds: new Set<string>(), nestedZone: false, selfLoop: false, queueRef: false, unknownProp: false, workload: false }
    for (const design of fc.sample(arbitraryDesign({ maxNodes: 20 }), { numRuns: 300, seed: 42 })) {
      const byId = new Map(design.nodes.map((n) => [n.id, n]))
      for (const node of design.nodes) {
        seen.kinds.add(node.kind)
        if (node.kind === 'zone' && node.parent && byId.get(node.parent)?.kind === 'zone') seen.nestedZone = true
        if (typeof node.props?.deadLetterQueue === 'string') seen.queueRef = true
        if (Object.keys(node.props ?? {}).some((k) => k.startsWith('x'))) seen.unknownProp = true
      }
      if (design.edges.some((e) => e.source === e.target)) seen.selfLoop = true
      if (design.workload) seen.workload = true
    }
    expect([...seen.kinds].sort()).toEqual([...KINDS].sort())
    expect(seen).toMatchObject({ nestedZone: true, selfLoop: true, queueRef: true, unknownProp: true, workload: true })
  })

  it('respects maxNodes, kinds and withUnknownProps', () => {
    const options = { maxNodes: 3, kinds: ['service', 'queue'] as const, withUnknownProps: false }
    for (const design of fc.sample(arbitraryDesign(options), { numRuns: 100, seed: 7 })) {
      expect(design.nodes.length).toBeLessThanOrEqual(3)
      for (const node of design.nodes) {
        expect(['service', 'queue']).toContain(node.kind)
        expect(Object.keys(node.props ?? {}).filter((k) => k.startsWith('x'))).toEqual([])
      }
    }
  })
})
