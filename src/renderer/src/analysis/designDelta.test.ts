import { describe, expect, it } from 'vitest'
import { createRandom, generateDesign } from '@core/analysis/fixtures/generateDesign'
import { applyRandomEdit } from '@core/analysis/fixtures/randomEdit'
import type { Design } from '@core/design/types'
import { applyDesignDelta, diffDesign } from './designDelta'

const overTheWire = <T>(value: T): T => structuredClone(value)

describe('design delta', () => {
  it('rebuilds every design of random edit sequences from the previous copy, keeping unchanged entries', () => {
    for (const seed of [4, 5, 6]) {
      const random = createRandom(seed)
      let design = generateDesign(80, seed)
      let copy: Design = overTheWire(design)
      for (let step = 0; step < 20; step++) {
        const next = applyRandomEdit(design, random)
        const delta = overTheWire(diffDesign(design, next))
        const rebuilt = applyDesignDelta(copy, delta)
        expect(rebuilt).toEqual(next)
        // A node the edit did not replace is the copy's own object on the far side.
        next.nodes.forEach((node, i) => {
          const at = design.nodes.indexOf(node)
          if (at >= 0) expect(rebuilt.nodes[i]).toBe(copy.nodes[at])
        })
        design = next
        copy = rebuilt
      }
    }
  })

  it('sends a one-node edit of a 1,000-node design as one node and indexes', () => {
    const design = generateDesign(1_000)
    const edited: Design = { ...design, nodes: design.nodes.map((n, i) => (i === 7 ? { ...n, label: 'Edited' } : n)) }
    const delta = diffDesign(design, edited)
    expect(delta.nodes.filter((entry) => typeof entry !== 'number')).toHaveLength(1)
    expect(delta.edges.every((entry) => typeof entry === 'number')).toBe(true)
    expect(JSON.stringify(delta).length).toBeLessThan(JSON.stringify(edited).length / 10)
  })

  it('refuses a delta that points past the design it is applied to', () => {
    const design = generateDesign(20)
    expect(() => applyDesignDelta({ ...design, nodes: [] }, diffDesign(design, design))).toThrow(/does not have/)
  })
})
