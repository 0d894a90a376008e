import { useMemo, useRef } from 'react'
import { useStore, type ReactFlowState } from '@xyflow/react'
import { EMPTY_NODE_ANNOTATION, useAnalysisStore } from '@renderer/analysis'
import { collectCurrentRoutes, useEdgeRoutes, useEditorStore } from '@renderer/store'
import { useWhatIf } from '@renderer/whatif'
import { PAN_AS_LAYER_ZOOM } from '../useIsFar'
import { WHOLE_UP_TO } from '../useRenderWhole'
import type { CardMarks, StateMark } from '@core/picture'
import { buildFarScene, type FarScene } from './farScene'

/** When the design is drawn on the far canvas (FarCanvas.tsx), and the scene it draws. */

/** Under 20 % (where the view is one layer, useIsFar.ts) and too large to render whole (useRenderWhole.ts). */
const isDrawnFar = (s: Pick<ReactFlowState, 'transform' | 'nodeLookup'>): boolean =>
  s.transform[2] < PAN_AS_LAYER_ZOOM && s.nodeLookup.size > WHOLE_UP_TO

/**
 * How many nodes React Flow has not measured yet (it renders a node it never measured, wherever it is, and
 * measures it). Drawn far out, the measured ones are hidden from its renderer (hideMeasured), the others stay
 * until it has measured them: a design opened far out gets measured there, and a card pasted there is measured
 * alone, without the other cards in view coming back for it.
 */
export function countUnmeasured(s: Pick<ReactFlowState, 'nodeLookup'>): number {
  let count = 0
  for (const node of s.nodeLookup.values()) if (!node.internals.handleBounds) count++
  return count
}

const hiddenCopies = new WeakMap<object, object>()

/**
 * The nodes with every one React Flow has measured hidden from its renderer (`hidden: true`): it then mounts none
 * of them (it mounted and unmounted the empty boxes in view as a pan moved, and ran a store selector per mounted
 * box each frame: the 5,000-node pan's p95 was 83 ms). They stay in its store, measured, so coming back near
 * renders only those in view. One hidden copy per node object: a drop makes new copies only of the nodes it moved.
 */
export function hideMeasured<T extends { id: string }>(nodes: T[], lookup: ReactFlowState['nodeLookup']): T[] {
  return nodes.map((node) => {
    if (!lookup.get(node.id)?.internals.handleBounds) return node
    let hidden = hiddenCopies.get(node) as T | undefined
    if (!hidden) hiddenCopies.set(node, (hidden = { ...node, hidden: true }))
    return hidden
  })
}

export function useIsDrawnFar(): boolean {
  return useStore(isDrawnFar)
}

export function useFarScene(): FarScene {
  const design = useEditorStore((s) => s.design)
  const annotations = useAnalysisStore((s) => s.annotations)
  const stateMarks = useWhatIf((s) => s.marks)
  const storedRoutes = useEdgeRoutes((s) => s.routes)
  // The scene before: what did not change is kept, and the picture draws again only where something did.
  const previous = useRef<FarScene | undefined>(undefined)
  const scene = useMemo(
    () =>
      buildFarScene({
        design,
        nodeMarks: (id) => {
          const marks = (annotations.nodes.get(id) ?? EMPTY_NODE_ANNOTATION).marks
          const state = stateMarks?.nodes.get(id)
          return state ? withState(marks, state) : marks
        },
        edgeWorst: (id) => annotations.edges.get(id)?.worst,
        edgeState: (id) => stateMarks?.edges.get(id),
        routes: collectCurrentRoutes(design, storedRoutes),
      }, previous.current),
    [design, annotations, stateMarks, storedRoutes],
  )
  previous.current = scene
  return scene
}

const withStates = new WeakMap<CardMarks, WeakMap<StateMark, CardMarks>>()

/**
 * The analysis' marks with the what-if state mark, as one object per pair (state marks are shared frozen objects
 * per state, core/picture): a card whose marks and state did not change keeps its marks object, so the far
 * canvas draws again only the cards a new scenario changed, not the whole picture.
 */
export function withState(marks: CardMarks, state: StateMark): CardMarks {
  let byState = withStates.get(marks)
  if (!byState) withStates.set(marks, (byState = new WeakMap()))
  let merged = byState.get(state)
  if (!merged) byState.set(state, (merged = { ...marks, state }))
  return merged
}
