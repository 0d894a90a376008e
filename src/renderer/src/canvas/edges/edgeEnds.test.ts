import { describe, expect, it } from 'vitest'
import { createEdgeEnds } from './edgeEnds'

/** React Flow's store as the edges' ends read it: one node map, mutated in place, and its listeners. */
function fakeStore(ids: string[]) {
  const nodeLookup = new Map(ids.map((id) => [id, { id, version: 0 }]))
  const listeners = new Set<() => void>()
  const update = () => {
    for (const listener of listeners) listener()
  }
  return {
    listeners,
    getState: () => ({ nodeLookup }),
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /** React Flow makes a new object for a node that moved or was measured. */
    change(id: string) {
      nodeLookup.set(id, { id, version: (nodeLookup.get(id)?.version ?? 0) + 1 })
      update()
    },
    remove(id: string) {
      nodeLookup.delete(id)
      update()
    },
    /** An update that changes no node (a pan). */
    pan: update,
  }
}

type Store = Parameters<typeof createEdgeEnds>[0]

describe('createEdgeEnds', () => {
  it('wakes the edges of a node that changed or went, and no other; one store listener for all of them', () => {
    const store = fakeStore(['a', 'b', 'c', 'd'])
    const ends = createEdgeEnds(store as unknown as Store)
    const woken: string[] = []
    const offAB = ends.watch(['a', 'b'], () => woken.push('a-b'))
    const offCD = ends.watch(['c', 'd'], () => woken.push('c-d'))
    const offLoop = ends.watch(['c', 'c'], () => woken.push('c-c'))
    expect(store.listeners.size).toBe(1)

    store.pan()
    expect(woken).toEqual([])
    store.change('b')
    expect(woken).toEqual(['a-b'])
    expect(ends.node('b')).toEqual({ id: 'b', version: 1 })
    store.change('c')
    expect(woken).toEqual(['a-b', 'c-d', 'c-c'])
    store.remove('d')
    expect(woken).toEqual(['a-b', 'c-d', 'c-c', 'c-d'])
    expect(ends.node('d')).toBeUndefined()

    // Stopped watchers are not woken; the last one gone takes the store listener with it.
    offCD()
    offLoop()
    store.change('c')
    expect(woken).toHaveLength(4)
    offAB()
    expect(store.listeners.size).toBe(0)
  })

  it('sees the nodes as they are when watching starts again', () => {
    const store = fakeStore(['a', 'b'])
    const ends = createEdgeEnds(store as unknown as Store)
    ends.watch(['a', 'b'], () => {})()
    store.change('a')
    const woken: string[] = []
    ends.watch(['a', 'b'], () => woken.push('a-b'))
    store.pan()
    expect(woken).toEqual([])
    store.change('a')
    expect(woken).toEqual(['a-b'])
  })
})
