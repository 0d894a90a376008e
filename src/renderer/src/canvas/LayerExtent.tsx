import { useStore, type ReactFlowState } from '@xyflow/react'
import { ViewLayerPortal } from '@renderer/ui'
import { layerExtentKey } from './layerExtent'
import { isPanAsLayer } from './useIsFar'

/** The extent once per nodes array React Flow was given: a pan (a new transform, the same nodes) computes nothing. */
const extentOfNodes = new WeakMap<object, string>()

/** Only while the view is one layer (usePanAsLayer): elsewhere the box would do nothing. */
function selectExtent(s: ReactFlowState): string {
  if (!isPanAsLayer(s)) return ''
  let key = extentOfNodes.get(s.nodes)
  if (key === undefined) {
    key = layerExtentKey(s.nodeLookup)
    extentOfNodes.set(s.nodes, key)
  }
  return key
}

/**
 * An invisible box under the whole design, first in the view layer's paint order (z-index -1), so that Chromium
 * keeps the layer whole. Far out the view is one composited layer (styles/canvasFar.css, `.is-farthest`), and
 * Chromium sorts what it paints into pieces of that layer: a piece starting small (a zone, an edge) does not
 * take in a distant one, as the merged piece would be mostly empty, and each later card or edge overlapping a
 * piece then needs a piece of its own. At 1,012 cards that made 59 pieces, and sorting them again, which every
 * frame of a pan does, cost ~48 ms a frame (a trace's Layerize). With this box painted first the first piece
 * already spans the design, everything merges into it: 8 pieces, Layerize ~7 ms, the pan's p50 frame 67 -> 33 ms.
 *
 * Its one painted pixel is a fully transparent gradient: nothing shows, but Chromium counts the element's whole box
 * as painted. It takes no pointer and is hidden from assistive technology.
 */
export function LayerExtent() {
  const key = useStore(selectExtent)
  if (!key) return null
  const [x, y, width, height] = key.split(' ').map(Number)
  return (
    <ViewLayerPortal>
      <div className="layer-extent" aria-hidden="true" data-testid="layer-extent" style={{ left: x, top: y, width, height }} />
    </ViewLayerPortal>
  )
}
