import { useDeferredValue, useEffect, useMemo } from 'react'
import { showInspectorNow, useEditorStore, useInspectorLags, useSelection } from '@renderer/store'
import { DesignInspector } from './DesignInspector'
import { EdgeInspector } from './EdgeInspector'
import { NodeInspector } from './NodeInspector'

/**
 * The right panel: the selected node, the selected connection, or (nothing selected) the design. After a press
 * on a card it follows the selection in a render of its own, after the canvas has shown it (store/inspectorLag.ts):
 * at 1,000 nodes the design's panel (its findings, hundreds of rows) gave way to the card's in the frame of the
 * press, and that frame of the drag's start took 50-80 ms. A rename asks for the panel at once (showInspectorNow);
 * what else acts on it right after a selection waits for it to show (ui/whenPresent).
 */
export function Inspector() {
  const live = useSelection()
  const deferred = useDeferredValue(live)
  const lags = useInspectorLags()
  const { nodeIds, edgeIds } = lags ? deferred : live
  // Caught up: the next selection, unless a press asks again, shows at once.
  useEffect(() => {
    if (lags && deferred === live) showInspectorNow()
  }, [lags, deferred, live])
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
