// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { noteFocusReturn, takeFocusReturn } from './focusReturn'

describe('focusReturn', () => {
  it('gives the noted field once', () => {
    const field = document.body.appendChild(document.createElement('input'))
    noteFocusReturn(field)
    expect(takeFocusReturn()).toBe(field)
    expect(takeFocusReturn()).toBeNull()
    field.remove()
  })

  it('gives nothing for a field no longer on the page', () => {
    const field = document.body.appendChild(document.createElement('input'))
    noteFocusReturn(field)
    field.remove()
    expect(takeFocusReturn()).toBeNull()
  })

  it.each(['pointerdown', 'keydown'])('forgets the field at the next %s', (type) => {
    const field = document.body.appendChild(document.createElement('input'))
    noteFocusReturn(field)
    window.dispatchEvent(new Event(type))
    expect(takeFocusReturn()).toBeNull()
    field.remove()
  })
})
