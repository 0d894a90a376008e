import { describe, expect, it } from 'vitest'
import { getStateMark, type CardMarks } from '@core/picture'
import { countUnmeasured, hideMeasured, withState } from './farState'

describe('withState', () => {
  it('gives one object per pair of marks and state mark, so an unchanged card keeps its marks', () => {
    const marks: CardMarks = { badge: { count: 1, worst: 'warning' } }
    const down = getStateMark('down', true)
    const merged = withState(marks, down)
    expect(merged).toEqual({ ...marks, state: down })
    expect(withState(marks, down)).toBe(merged)
    expect(withState(marks, getStateMark('up', false))).not.toBe(merged)
    expect(withState({ ...marks }, down)).not.toBe(merged)
  })
})

describe('hideMeasured and countUnmeasured', () => {
  // React Flow's internal nodes as far as these read them: measured once the handles have bounds.
  const lookup = (measured: string[], unmeasured: string[]) =>
    new Map([
      ...measured.map((id) => [id, { id, internals: { handleBounds: { source: [], target: [] } } }] as const),
      ...unmeasured.map((id) => [id, { id, internals: {} }] as const),
    ]) as unknown as Parameters<typeof hideMeasured>[1]

  it('hides only the nodes React Flow has measured; a new node stays in its renderer until measured', () => {
    const nodes = [{ id: 'a' }, { id: 'b' }, { id: 'new' }]
    const map = lookup(['a', 'b'], [])
    expect(countUnmeasured({ nodeLookup: map })).toBe(0)
    const shown = hideMeasured(nodes, map)
    expect(shown.map((n) => (n as { hidden?: boolean }).hidden ?? false)).toEqual([true, true, false])
    expect(shown[2]).toBe(nodes[2])
    expect(countUnmeasured({ nodeLookup: lookup(['a', 'b'], ['new']) })).toBe(1)
  })

  it('keeps one hidden copy per node object, so an unchanged node is the same object for React Flow', () => {
    const nodes = [{ id: 'a' }, { id: 'b' }]
    const map = lookup(['a', 'b'], [])
    const first = hideMeasured(nodes, map)
    const moved = [nodes[0], { id: 'b', moved: true }]
    const second = hideMeasured(moved, map)
    expect(second[0]).toBe(first[0])
    expect(second[1]).not.toBe(first[1])
    expect(second[1]).toEqual({ id: 'b', moved: true, hidden: true })
  })
})
