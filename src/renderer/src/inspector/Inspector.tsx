import { useDesign, useSelection } from '../store'

export function Inspector() {
  const design = useDesign()
  const { nodeIds } = useSelection()
  const node = nodeIds.length === 1 ? design.nodes.find((n) => n.id === nodeIds[0]) : undefined
  return (
    <aside className="inspector" data-testid="inspector" aria-label="Inspector">
      <h2 className="panel-title">{node ? (node.label ?? node.id) : design.name}</h2>
    </aside>
  )
}
