import { DESIGN_FORMAT, DESIGN_VERSION, type Design, type DesignEdge, type DesignNode, type Position } from '../types'
import { LIMITS } from '../limits'
import { parseValue } from '../parse'
import { computeNodeRects } from '../geometry'
import { collectDescendants, findDropZone, normalizeZones, sizeOf } from './designOps'
import { collectIds, getIdBase, takeEdgeId, takeFreeId } from './ids'

/**
 * Copy and paste move a fragment of a design as text (`{ format: 'archsight-clipboard', nodes, edges }`), so it
 * travels between two open designs through the system clipboard. Pasted text is untrusted: it passes the same
 * guards as a file (size, counts, nesting, forbidden keys, then the format's validation) before anything
 * reaches the design.
 */

export const CLIPBOARD_FORMAT = 'archsight-clipboard'

export interface ClipboardPayload {
  format: typeof CLIPBOARD_FORMAT
  nodes: DesignNode[]
  edges: DesignEdge[]
}

export type ClipboardParse = { ok: true; payload: ClipboardPayload } | { ok: false; message: string }

/** The selected nodes (with the contents of selected zones) and every edge between them. */
export function copySelection(design: Design, nodeIds: readonly string[]): ClipboardPayload | null {
  const ids = new Set(nodeIds)
  for (const id of collectDescendants(design, ids)) ids.add(id)
  const nodes = design.nodes.filter((n) => ids.has(n.id)).map((n) => withoutOutsideRefs(n, ids))
  if (nodes.length === 0) return null
  const edges = design.edges.filter((e) => ids.has(e.source) && ids.has(e.target))
  return { format: CLIPBOARD_FORMAT, nodes, edges }
}

export function serializeClipboard(payload: ClipboardPayload): string {
  return JSON.stringify(payload, null, 2)
}

export function parseClipboardText(text: string): ClipboardParse {
  // Each UTF-16 unit is at least one UTF-8 byte: text longer than the file limit is over it in bytes too.
  if (text.length > LIMITS.fileBytes) {
    return { ok: false, message: 'Cannot paste: the clipboard holds more than a design may (50 MB).' }
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, message: 'The clipboard does not hold Archsight components.' }
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== CLIPBOARD_FORMAT) {
    return { ok: false, message: 'The clipboard does not hold Archsight components.' }
  }
  const { nodes, edges } = raw as { nodes?: unknown; edges?: unknown }
  const parsed = parseValue({ format: DESIGN_FORMAT, version: DESIGN_VERSION, name: 'Clipboard', nodes, edges })
  if (!parsed.ok) return { ok: false, message: `Cannot paste: ${parsed.error.message}` }
  return { ok: true, payload: { format: CLIPBOARD_FORMAT, nodes: parsed.design.nodes, edges: parsed.design.edges } }
}

export interface PasteResult {
  design: Design
  nodeIds: string[]
  edgeIds: string[]
}

/** Adds the fragment with fresh ids (references remapped) at an offset; nothing pasted into an unknown zone. */
export function pasteClipboard(design: Design, payload: ClipboardPayload, offset: Position): PasteResult | null {
  if (payload.nodes.length === 0) return null
  const taken = collectIds(design)
  const rects = computeNodeRects(design)
  const idMap = new Map<string, string>()
  for (const node of payload.nodes) idMap.set(node.id, takeFreeId(getIdBase(node.kind, node.technology), taken))
  const nodes = payload.nodes.map((node): DesignNode => {
    const next: DesignNode = {
      ...node,
      id: idMap.get(node.id) as string,
      position: { x: Math.round(node.position.x + offset.x), y: Math.round(node.position.y + offset.y) },
    }
    // Inside a pasted zone it stays inside; otherwise it joins the zone it lands in, like a dropped component.
    const size = sizeOf(node.kind)
    const centre = { x: next.position.x + size.width / 2, y: next.position.y + size.height / 2 }
    const parent = node.parent ? idMap.get(node.parent) : findDropZone(design, rects, centre, new Set())
    if (parent) next.parent = parent
    else delete next.parent
    const dlq = node.props?.deadLetterQueue
    if (typeof dlq === 'string' && idMap.has(dlq)) next.props = { ...node.props, deadLetterQueue: idMap.get(dlq) }
    return next
  })
  const edges = payload.edges
    .filter((e) => idMap.has(e.source) && idMap.has(e.target))
    .map((e) => {
      const source = idMap.get(e.source) as string
      const target = idMap.get(e.target) as string
      return { ...e, id: takeEdgeId(source, target, taken), source, target }
    })
  const next = normalizeZones({ ...design, nodes: [...design.nodes, ...nodes], edges: [...design.edges, ...edges] })
  return { design: next, nodeIds: nodes.map((n) => n.id), edgeIds: edges.map((e) => e.id) }
}

/** A copied node may not point outside the fragment: the fragment must validate on its own. */
function withoutOutsideRefs(node: DesignNode, ids: ReadonlySet<string>): DesignNode {
  const dlq = node.props?.deadLetterQueue
  const hasOutsideParent = node.parent !== undefined && !ids.has(node.parent)
  const hasOutsideDlq = typeof dlq === 'string' && !ids.has(dlq)
  if (!hasOutsideParent && !hasOutsideDlq) return node
  const next = { ...node }
  if (hasOutsideParent) delete next.parent
  if (hasOutsideDlq) {
    const props = { ...node.props }
    delete props.deadLetterQueue
    next.props = props
  }
  return next
}
