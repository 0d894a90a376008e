import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { applyPatch } from '../design/patch'
import { parseDesign } from '../design/parse'
import { serializeDesign } from '../design/serialize'
import type { Design } from '../design/types'
import { arbitraryDesign } from '../testing/arbitraries'
import { design as build } from '../testing/designBuilder'
import { deepFreeze } from '../testing/ruleTester'
import { generateDesign } from './fixtures/generateDesign'
import { analyze } from './index'
import type { Analysis } from './types'

/** The contract of analysis.md on any valid design: returns, deterministic, targets exist, fixes apply. */
function checkContract(design: Design, options: { checkFixes: boolean }): Analysis {
  const frozen = deepFreeze(structuredClone(design))
  const analysis = analyze(frozen)
  expect(analyze(frozen)).toEqual(analysis)
  expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis)

  const nodeIds = new Set(design.nodes.map((n) => n.id))
  const edgeIds = new Set(design.edges.map((e) => e.id))
  for (const d of analysis.diagnostics) {
    if (d.target.type === 'node') expect(nodeIds.has(d.target.id), `${d.ruleId} -> ${d.target.id}`).toBe(true)
    if (d.target.type === 'edge') expect(edgeIds.has(d.target.id), `${d.ruleId} -> ${d.target.id}`).toBe(true)
    expect(d.message.length).toBeGreaterThan(0)
    expect(d.ruleId.endsWith('crashed')).toBe(false)
    expect(d.message).not.toContain('crashed')
  }
  for (const entry of analysis.spof) {
    expect(nodeIds.has(entry.node)).toBe(true)
    for (const id of entry.breaks) expect(nodeIds.has(id)).toBe(true)
  }
  for (const [id, load] of Object.entries(analysis.load)) {
    expect(nodeIds.has(id)).toBe(true)
    expect(Number.isFinite(load.rps) && Number.isFinite(load.utilisation) && load.capacity > 0).toBe(true)
  }
  if (options.checkFixes) {
    for (const d of analysis.diagnostics) {
      if (!d.fix) continue
      const fixed = applyPatch(frozen, d.fix.patch)
      const reparsed = parseDesign(serializeDesign(fixed))
      expect(reparsed.ok, `${d.fix.title}: ${reparsed.ok ? '' : reparsed.error.message}`).toBe(true)
      const again = analyze(fixed).diagnostics.filter(
        (x) => x.ruleId === d.ruleId && JSON.stringify(x.target) === JSON.stringify(d.target),
      )
      expect(again, `${d.ruleId}: ${d.fix.title}`).toEqual([])
    }
  }
  return analysis
}

describe('analyze on any valid design', () => {
  it('returns a deterministic result whose targets exist, and every fix applies and clears its finding', () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        checkContract(design, { checkFixes: true })
      }),
      { numRuns: 150 },
    )
  })

  it('holds on denser graphs with many cycles and self-loops', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 25, maxEdges: 80 }), (design) => {
        checkContract(design, { checkFixes: false })
      }),
      { numRuns: 60 },
    )
  })

  it('holds on random designs of up to 500 nodes', () => {
    fc.assert(
      fc.property(arbitraryDesign({ maxNodes: 500, maxEdges: 900 }), (design) => {
        checkContract(design, { checkFixes: false })
      }),
      { numRuns: 4 },
    )
  })

  it('holds on a generated 500-node design of realistic shape', () => {
    const design = generateDesign(500)
    expect(design.nodes.length).toBeGreaterThanOrEqual(500)
    const analysis = checkContract(design, { checkFixes: false })
    expect(analysis.spof.length).toBeGreaterThan(0)
  })

  it('holds on an empty design and on pure cycles without entries', () => {
    expect(checkContract(build().build(), { checkFixes: true }).diagnostics).toEqual([])
    const ring = build()
      .node('a', 'service')
      .node('b', 'queue')
      .node('c', 'service')
      .edge('a', 'b')
      .edge('b', 'c')
      .edge('c', 'a')
      .edge('a', 'a')
    checkContract(ring.build(), { checkFixes: true })
  })
})
