import { describe, expect, it } from 'vitest'
import { getStateMark, type CardMarks } from '@core/picture'
import { withState } from './farState'

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
