import { computeNodeRects } from '../../src/core/design/geometry'
import type { Design } from '../../src/core/design/index'

/** The design as bare React Flow nodes: same rectangles, zones as groups with their children inside. */
export function toBareGraph(design: Design): { nodes: unknown[]; edges: unknown[] } {
  const rects = computeNodeRects(design)
  const byId = new Map(design.nodes.map((n) => [n.id, n]))
  const depth = (id: string): number => {
    let d = 0
    for (let p = byId.get(id)?.parent; p !== undefined; p = byId.get(p)?.parent) d++
    return d
  }
  const ordered = [...design.nodes].sort((a, b) => depth(a.id) - depth(b.id))
  const nodes = ordered.map((node) => {
    const rect = rects.get(node.id)
    const parentRect = node.parent === undefined ? undefined : rects.get(node.parent)
    if (!rect) throw new Error(`no rectangle for ${node.id}`)
    const position = parentRect ? { x: rect.x - parentRect.x, y: rect.y - parentRect.y } : { x: rect.x, y: rect.y }
    const base = { id: node.id, position, ...(node.parent !== undefined ? { parentId: node.parent } : {}) }
    return node.kind === 'zone'
      ? { ...base, type: 'group', style: { width: rect.width, height: rect.height } }
      : { ...base, data: { label: node.label ?? node.id }, style: { width: rect.width, height: rect.height } }
  })
  const edges = design.edges.map((edge) => ({ id: edge.id, source: edge.source, target: edge.target }))
  return { nodes, edges }
}
