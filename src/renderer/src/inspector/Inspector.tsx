import { useDeferredValue, useMemo } from 'react'
import { useEditorStore, useSelection } from '@renderer/store'
import { DesignInspector } from './DesignInspector'
import { EdgeInspector } from './EdgeInspector'
import { NodeInspector } from './NodeInspector'

/**
 * The right panel: the selected node, the selected connection, or (nothing selected) the design. It follows the
 * selection in a render of its own, after the canvas has shown it: at 1,000 nodes the design's panel (its
 * findings, hundreds of rows) gave way to the card's in the frame of the press that selected the card, and that
 * frame of the drag's start took 50-80 ms. What acts on the panel right after a selection waits for it to show
 * (ui/whenPresent).
 */
export function Inspector() {
  const { nodeIds, edgeIds } = useDeferredValue(useSelection())
  const node = useEditorStore((s) => (nodeIds.length === 1 && edgeIds.length === 0 ? s.design.nodes.find((n) => n.id === nodeIds[0]) : undefined))
  const edge = useEditorStore((s) => (edgeIds.length === 1 && nodeIds.length === 0 ? s.design.edges.find((e) => e.id === edgeIds[0]) : undefined))
  const count = nodeIds.length + edgeIds.length
  const [nodeCount, edgeCount] = [nodeIds.length, edgeIds.length]
  // The same element while the deferred selection is the same: the selection's urgent render (the press's own)
  // passes the panel by without rendering it again.
  const panel = useMemo(
    () =>
      node ? (
        <NodeInspector key={node.id} node={node} />
      ) : edge ? (
        <EdgeInspector key={edge.id} edge={edge} />
      ) : count > 1 ? (
        <div className="inspector-section">
          <header className="inspector-header">
            <div className="inspector-header__title">{count} selected</div>
          </header>
          <p className="muted">
            {nodeCount} components and {edgeCount} connections. Duplicate, copy or delete them together; select one to edit it.
          </p>
        </div>
      ) : (
        <DesignInspector />
      ),
    [node, edge, count, nodeCount, edgeCount],
  )
  return (
    <aside className="inspector" data-testid="inspector" aria-label="Inspector">
      {panel}
    </aside>
  )
}
