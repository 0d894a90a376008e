import { describe, expect, it } from 'vitest'
import { generateDesign } from '../analysis/fixtures/generateDesign'
import { LIMITS } from '../design/limits'
import type { Design, DesignEdge } from '../design/types'
import { serializeDesign } from '../design/serialize'
import { toSarif, type SarifDiagnostic } from './sarif'
import { renderDesignSvg } from './svg'

/**
 * The largest design the format accepts (limits.ts) exports: the app and the CLI use this same code. Not a
 * timing test: before these fixes the SVG overflowed the stack and SARIF ran for minutes (the test timed out).
 */

function createLargestDesign(): Design {
  const design = generateDesign(LIMITS.nodes - 30)
  const cards = design.nodes.filter((n) => n.kind !== 'zone')
  const edges: DesignEdge[] = [...design.edges]
  for (let i = 0; edges.length < LIMITS.edges; i++) {
    const source = cards[(i * 7919) % cards.length]
    const target = cards[(i * 104729 + 13) % cards.length]
    edges.push({ id: `extra-${i}`, source: source.id, target: target.id, mode: 'async', access: 'write' })
  }
  return { ...design, edges }
}

describe('exports at the limits', () => {
  const design = createLargestDesign()

  it(`draws an SVG of ${LIMITS.nodes.toLocaleString('en-US')} components and ${LIMITS.edges.toLocaleString('en-US')} connections`, () => {
    expect(design.nodes.length).toBeLessThanOrEqual(LIMITS.nodes)
    expect(design.edges.length).toBe(LIMITS.edges)
    const { svg, width, height } = renderDesignSvg(design)
    expect(Number.isFinite(width) && Number.isFinite(height)).toBe(true)
    expect(svg.endsWith('</svg>')).toBe(true)
    expect(svg.match(/marker-end|<path/g)?.length ?? 0).toBeGreaterThanOrEqual(LIMITS.edges)
  }, 120_000)

  it('points every SARIF result at the line of its node, for a finding on each of them', () => {
    const text = serializeDesign(design)
    const diagnostics: SarifDiagnostic[] = design.nodes.map((n) => ({
      ruleId: 'disconnected-node',
      severity: 'warning',
      message: `${n.id} is alone`,
      target: { type: 'node', id: n.id },
    }))
    const sarif = toSarif([{ file: 'big.archsight', analysis: { diagnostics }, text }], []) as {
      runs: { results: { locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[]
    }
    const lines = text.split('\n')
    const results = sarif.runs[0].results
    expect(results).toHaveLength(design.nodes.length)
    results.forEach((result, i) => {
      const line = result.locations[0].physicalLocation.region.startLine
      expect(lines[line - 1]).toContain(`"id": ${JSON.stringify(design.nodes[i].id)}`)
    })
  }, 120_000)
})
