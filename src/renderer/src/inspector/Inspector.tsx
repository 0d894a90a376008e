import { memo } from 'react'
import type { DesignEdge, DesignNode } from '@core/design/types'
import { useEditorStore, useSelectionInTransition } from '@renderer/store'
import { DesignInspector } from './DesignInspector'
import { EdgeInspector } from './EdgeInspector'
import { NodeInspector } from './NodeInspector'

/**
 * The right panel: the selected node, the selected connection, or (nothing selected) the design. Which of them
 * it shows follows the selection in a transition (useSelectionInTransition): the press that selects a card and
 * starts its drag paints the canvas first, and the panel (a form of a dozen fields, or the design's findings
 * list) follows in a background render; at 1,000 cards that render was a third of the press's frame. The node
 * and edge themselves are read from the design at once: a field must see every committed value (an edit undone
 * before a background render would have left the field showing the undone value).
 */
export function Inspector() {
  const { nodeIds, edgeIds } = useSelectionInTransition()
  const node = useEditorStore((s) => (nodeIds.length === 1 && edgeIds.length === 0 ? s.design.nodes.find((n) => n.id === nodeIds[0]) : undefined))
  const edge = useEditorStore((s) => (edgeIds.length === 1 && nodeIds.length === 0 ? s.design.edges.find((e) => e.id === edgeIds[0]) : undefined))
  return (
    <aside className="inspector" data-testid="inspector" aria-label="Inspector">
      <InspectorBody node={node} edge={edge} nodeCount={nodeIds.length} edgeCount={edgeIds.length} />
    </aside>
  )
}

/** Memoised: a render of the panel for a design change that leaves its node or edge as it was stops here. */
const InspectorBody = memo(function InspectorBody({
  node,
  edge,
  nodeCount,
  edgeCount,
}: {
  node: DesignNode | undefined
  edge: DesignEdge | undefined
  nodeCount: number
  edgeCount: number
}) {
  if (node) return <MovedNodeInspector key={node.id} node={node} />
  if (edge) return <EdgeInspector key={edge.id} edge={edge} />
  if (nodeCount + edgeCount > 1)
    return (
      <div className="inspector-section">
        <header className="inspector-header">
          <div className="inspector-header__title">{nodeCount + edgeCount} selected</div>
        </header>
        <p className="muted">
          {nodeCount} components and {edgeCount} connections. Duplicate, copy or delete them together; select one to edit it.
        </p>
      </div>
    )
  return <DesignInspector />
})

/**
 * The node's panel shows neither where the card is nor its zone: a drop (a new node object, moved, perhaps into
 * another zone) does not render its dozen fields again in the drop's frame.
 */
const MovedNodeInspector = memo(NodeInspector, (a, b) => isSameButPlace(a.node, b.node))

export function isSameButPlace(a: DesignNode, b: DesignNode): boolean {
  if (a === b) return true
  const { position: _p, parent: _z, ...restA } = a
  const { position: _q, parent: _y, ...restB } = b
  const keys = Object.keys(restA) as Array<keyof typeof restA>
  return keys.length === Object.keys(restB).length && keys.every((k) => restA[k] === restB[k])
}
