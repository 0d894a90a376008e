import type { Analysis } from '@core/analysis'
import { computeNodeRects, unionRects, type Design, type Rect } from '@core/design'
import { diffDesigns, type DesignDiff, type FieldChange } from '@core/diff/diffDesigns'

/**
 * Core's design diff turned into what the canvas overlay draws: a mark on each added or changed node of the
 * design on screen, and a ghost for each removed node at its place in the other version. The other version is
 * "before", the design on screen "after", as `archsight diff OTHER CURRENT` prints it.
 */

export type MarkChange = 'added' | 'changed'

export interface CompareMark {
  id: string
  change: MarkChange
  name: string
  /** For a changed node: "props.instances 3 -> 1", one per field. */
  details: string[]
  /** Where the node sits in the design on screen (a fallback until React Flow has measured it). */
  rect: Rect
}

export interface CompareGhost {
  id: string
  name: string
  kind: string
  rect: Rect
}

export interface CompareView {
  diff: DesignDiff
  marks: CompareMark[]
  ghosts: CompareGhost[]
  /** The design on screen and the ghosts together: what compare mode fits into view. Null when both are empty. */
  bounds: Rect | null
}

export function buildCompareView(before: Design, after: Design, beforeAnalysis: Analysis, afterAnalysis: Analysis): CompareView {
  const diff = diffDesigns(before, after, beforeAnalysis, afterAnalysis)
  const afterRects = computeNodeRects(after)
  const beforeRects = computeNodeRects(before)
  const marks: CompareMark[] = []
  for (const item of diff.components.added) {
    const rect = afterRects.get(item.id)
    if (rect) marks.push({ id: item.id, change: 'added', name: item.name, details: [], rect })
  }
  for (const item of diff.components.changed) {
    const rect = afterRects.get(item.id)
    if (rect) marks.push({ id: item.id, change: 'changed', name: item.name, details: item.changes.map(describeFieldChange), rect })
  }
  const kindOf = new Map(before.nodes.map((n) => [n.id, n.kind]))
  const ghosts = diff.components.removed.flatMap((item) => {
    const rect = beforeRects.get(item.id)
    return rect ? [{ id: item.id, name: item.name, kind: kindOf.get(item.id) ?? 'service', rect }] : []
  })
  const all = [...afterRects.values(), ...ghosts.map((g) => g.rect)]
  return { diff, marks, ghosts, bounds: all.length > 0 ? unionRects(all) : null }
}

export function describeFieldChange(change: FieldChange): string {
  return `${change.field}: ${formatValue(change.from)} → ${formatValue(change.to)}`
}

function formatValue(value: unknown): string {
  if (value === undefined) return '(none)'
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}
