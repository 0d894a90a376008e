import type { DesignNode } from '../../../core/design/types'

interface Props {
  node: DesignNode
}

/**
 * Slot for what the analysis draws on a node: the CAP pill on stateful nodes, the finding badge and the
 * single-point-of-failure outline. Owned by the analysis UI; it renders nothing until that lands. The node
 * card reserves its top-right corner (`.node-decorations`) for it.
 */
export function NodeDecorations(_props: Props) {
  return null
}
