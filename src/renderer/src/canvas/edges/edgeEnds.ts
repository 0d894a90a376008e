import { createContext, useCallback, useContext, useRef, useSyncExternalStore } from 'react'
import type { InternalNode, useStoreApi } from '@xyflow/react'
import type { FlowNode } from '../flowMapping'

type FlowStore = ReturnType<typeof useStoreApi<FlowNode>>
type FlowInternalNode = InternalNode<FlowNode>
type Ends = readonly [FlowInternalNode | undefined, FlowInternalNode | undefined]

/**
 * The cards at the two ends of each edge, as React Flow has them now (so an edge follows a drag), watched through
 * one listener on React Flow's store for all the edges. One selector per edge (useStore) was 1,451 of the store's
 * 6,867 listeners at 1,012 cards, all called on every store update: each frame of a drag or a pan. Here one
 * listener compares the store's node objects with the ones it saw last (React Flow makes a new object for a node
 * that moved, was measured or changed) and wakes only the edges of the nodes that changed.
 */
export interface EdgeEnds {
  /** Calls `changed` whenever React Flow's node of one of `ids` changes or goes; the function returned stops it. */
  watch(ids: readonly string[], changed: () => void): () => void
  node(id: string): FlowInternalNode | undefined
}

export function createEdgeEnds(store: FlowStore): EdgeEnds {
  const watchers = new Map<string, Set<() => void>>()
  const seen = new Map<string, FlowInternalNode>()
  let watching = 0
  let unsubscribe: (() => void) | null = null
  const wake = (id: string): void => {
    const woken = watchers.get(id)
    if (woken) for (const changed of [...woken]) changed()
  }
  const look = (): void => {
    const { nodeLookup } = store.getState()
    for (const [id, node] of nodeLookup) {
      if (seen.get(id) === node) continue
      seen.set(id, node)
      wake(id)
    }
    // Every node of the store is in `seen` now: more there means some have gone.
    if (seen.size !== nodeLookup.size) {
      for (const id of [...seen.keys()]) {
        if (nodeLookup.has(id)) continue
        seen.delete(id)
        wake(id)
      }
    }
  }
  return {
    watch(ids, changed) {
      if (watching++ === 0) {
        seen.clear()
        for (const [id, node] of store.getState().nodeLookup) seen.set(id, node)
        unsubscribe = store.subscribe(look)
      }
      for (const id of ids) {
        let set = watchers.get(id)
        if (!set) watchers.set(id, (set = new Set()))
        set.add(changed)
      }
      return () => {
        for (const id of ids) {
          const set = watchers.get(id)
          set?.delete(changed)
          if (set?.size === 0) watchers.delete(id)
        }
        if (--watching === 0) {
          unsubscribe?.()
          unsubscribe = null
        }
      }
    },
    node: (id) => store.getState().nodeLookup.get(id),
  }
}

/** Set by the canvas round React Flow (Canvas.tsx), for its edges. */
export const EdgeEndsContext = createContext<EdgeEnds | null>(null)

const NO_ENDS: Ends = [undefined, undefined]

/**
 * The two end nodes of the edge from `source` to `target`: the same pair (the same array) while neither changed,
 * so the edge renders again only when one of its cards did.
 */
export function useEdgeEnds(source: string, target: string): Ends {
  const ends = useContext(EdgeEndsContext)
  if (!ends) throw new Error('useEdgeEnds is for edges inside the canvas (EdgeEndsContext)')
  const last = useRef<Ends>(NO_ENDS)
  const subscribe = useCallback((changed: () => void) => ends.watch([source, target], changed), [ends, source, target])
  const getSnapshot = useCallback(() => {
    const from = ends.node(source)
    const to = ends.node(target)
    const pair = last.current
    return pair[0] === from && pair[1] === to ? pair : (last.current = [from, to])
  }, [ends, source, target])
  return useSyncExternalStore(subscribe, getSnapshot)
}
