import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DRAG_SHEET_CLASS, raiseDragSheet } from './dragSheet'

/** A card in React Flow's element and the sheet beside its renderer, as far as raiseDragSheet looks. */
function fakeCanvas() {
  const classes = new Set<string>()
  const sheet = {
    classList: {
      add: (c: string) => classes.add(c),
      remove: (c: string) => classes.delete(c),
      contains: (c: string) => classes.has(c),
    },
  }
  const flow = { querySelector: (selector: string) => (selector === `:scope > .${DRAG_SHEET_CLASS}` ? sheet : null) }
  class FakeElement {
    closest(selector: string) {
      return selector === '.react-flow' ? flow : null
    }
  }
  return { card: new FakeElement(), FakeElement, classes }
}
const RAISED = 'is-raised'

describe('raiseDragSheet', () => {
  const saved = { window: globalThis.window, Element: globalThis.Element }
  let canvas: ReturnType<typeof fakeCanvas>
  beforeEach(() => {
    canvas = fakeCanvas()
    Object.assign(globalThis, { window: new EventTarget(), Element: canvas.FakeElement })
  })
  afterEach(() => Object.assign(globalThis, saved))

  it.each(['pointerup', 'pointercancel', 'blur'])('puts the sheet over the canvas until a %s', (type) => {
    raiseDragSheet(canvas.card as unknown as Element)
    expect(canvas.classes.has(RAISED)).toBe(true)
    window.dispatchEvent(new Event('pointermove'))
    expect(canvas.classes.has(RAISED)).toBe(true)
    window.dispatchEvent(new Event(type))
    expect(canvas.classes.has(RAISED)).toBe(false)
  })

  it('stops listening once lowered, and a second raise during the same drag adds no listener', () => {
    raiseDragSheet(canvas.card as unknown as Element)
    raiseDragSheet(canvas.card as unknown as Element)
    window.dispatchEvent(new Event('pointerup'))
    expect(canvas.classes.has(RAISED)).toBe(false)
    // Set again by hand: no listener of either raise is left to take it away.
    canvas.classes.add(RAISED)
    for (const type of ['pointerup', 'pointercancel', 'blur']) window.dispatchEvent(new Event(type))
    expect(canvas.classes.has(RAISED)).toBe(true)
  })

  it('does nothing for a target outside a canvas', () => {
    raiseDragSheet(null)
    raiseDragSheet(new EventTarget())
    expect(canvas.classes.size).toBe(0)
  })
})
