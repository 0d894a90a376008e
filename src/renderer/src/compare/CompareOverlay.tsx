import { useInternalNode } from '@xyflow/react'
import { ViewLayerPortal } from '@renderer/ui'
import { Minus, PencilLine, Plus } from 'lucide-react'
import type { CompareGhost, CompareMark } from './compareModel'
import { useCompareView } from './useCompareView'
import './compare.css'

/**
 * Compare mode on the canvas, drawn over it in flow coordinates (the view layer, ViewLayerPortal) and never by
 * the node or edge components: an outline and a labelled badge (icon AND word, never colour alone) on added
 * and changed nodes, and a faded dashed ghost where each removed node stood. Nothing here takes the pointer,
 * so the canvas works as usual underneath. The panel lists the same facts as text for assistive tech.
 */
export function CompareOverlay() {
  const view = useCompareView()
  if (!view) return null
  return (
    <ViewLayerPortal>
      <div className="compare-layer" aria-hidden="true" data-testid="compare-layer">
        {view.ghosts.map((ghost) => (
          <Ghost key={`ghost-${ghost.id}`} ghost={ghost} />
        ))}
        {view.marks.map((mark) => (
          <Mark key={`mark-${mark.id}`} mark={mark} />
        ))}
      </div>
    </ViewLayerPortal>
  )
}

const BADGE = {
  added: { Icon: Plus, word: 'Added' },
  changed: { Icon: PencilLine, word: 'Changed' },
} as const

function Mark({ mark }: { mark: CompareMark }) {
  // Where React Flow has the node now (measured by whatever draws it), else where the design puts it.
  const node = useInternalNode(mark.id)
  const at = node?.internals.positionAbsolute ?? mark.rect
  const width = node?.measured.width ?? mark.rect.width
  const height = node?.measured.height ?? mark.rect.height
  const { Icon, word } = BADGE[mark.change]
  return (
    <div
      className={`compare-mark compare-mark--${mark.change}`}
      data-compare-node={mark.id}
      data-compare-change={mark.change}
      style={{ transform: `translate(${at.x}px, ${at.y}px)`, width, height }}
    >
      <span className="compare-badge">
        <Icon size={11} strokeWidth={2.5} aria-hidden="true" />
        {word}
      </span>
    </div>
  )
}

function Ghost({ ghost }: { ghost: CompareGhost }) {
  const { rect } = ghost
  return (
    <div
      className={`compare-ghost${ghost.kind === 'zone' ? ' compare-ghost--zone' : ''}`}
      data-compare-node={ghost.id}
      data-compare-change="removed"
      style={{ transform: `translate(${rect.x}px, ${rect.y}px)`, width: rect.width, height: rect.height }}
    >
      <span className="compare-badge">
        <Minus size={11} strokeWidth={2.5} aria-hidden="true" />
        Removed
      </span>
      <span className="compare-ghost__name">{ghost.name}</span>
    </div>
  )
}
