import type { InternalNode, ReactFlowState, useStoreApi } from '@xyflow/react'
import { getKindSpec, type Category } from '@core/catalogue'
import type { Rect } from '@core/design/geometry'
import type { FarScene } from '../far/farScene'
import type { FlowNode } from '../flowMapping'
import type { MinimapSource } from './Minimap'

type FlowStore = ReturnType<typeof useStoreApi<FlowNode>>

/**
 * The minimap of the canvas React Flow renders: the nodes where React Flow has them now, so a dragged card moves
 * in the minimap as on the canvas. One store listener for the whole minimap (React Flow's has one per node);
 * it says "changed" when React Flow takes new nodes (a drag's move, an edit, a measured size) and nothing else.
 */
export function flowMinimapSource(store: FlowStore): MinimapSource {
  // One rectangle, filled again for each node: a drag visits 1,000 nodes a frame, and the visitors only read it.
  const rect: Rect = { x: 0, y: 0, width: 0, height: 0 }
  const place = (node: InternalNode<FlowNode>): Rect => {
    rect.x = node.internals.positionAbsolute.x
    rect.y = node.internals.positionAbsolute.y
    rect.width = node.measured.width ?? node.width ?? 0
    rect.height = node.measured.height ?? node.height ?? 0
    return rect
  }
  return {
    visit(zone, card) {
      const { nodeLookup } = store.getState()
      // Zones first, outer before inner (React Flow keeps a parent before its children), then the cards.
      for (const node of nodeLookup.values()) if (node.type === 'zone' && !node.hidden) zone(place(node))
      for (const node of nodeLookup.values()) if (node.type !== 'zone' && !node.hidden) card(place(node), categoryOf(node))
    },
    subscribe(changed) {
      return store.subscribe((s: ReactFlowState<FlowNode>, before: ReactFlowState<FlowNode>) => {
        if (s.nodes !== before.nodes || s.nodeLookup !== before.nodeLookup) changed()
      })
    },
  }
}

function categoryOf(node: InternalNode<FlowNode>): Category {
  return getKindSpec(node.data.node.kind).category
}

/** The minimap of the design drawn far out (far/FarCanvas.tsx): the scene's zones and cards. */
export function sceneMinimapSource(scene: FarScene): MinimapSource {
  return {
    visit(zone, card) {
      for (const item of scene.zones) zone(item.rect)
      for (const item of scene.cards) card(item.rect, item.face.category)
    },
  }
}
