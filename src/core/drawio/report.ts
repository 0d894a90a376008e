/**
 * What an import did, for the person who has to trust its findings: every component says where its kind came
 * from (an icon is a fact, a label keyword is a guess), and every shape or edge left out says why.
 */
import type { Kind } from '../design/types'

export interface ImportedComponent {
  /** The id in the design (the draw.io cell id, cleaned when the format refuses it). */
  id: string
  /** The draw.io cell id, to find the shape in the drawing. */
  cell: string
  label: string
  kind: Kind
  technology?: string
  /** "AWS icon lambda", "label keyword \"redis\" on a cylinder". */
  because: string
  /** Where the label came from when it was not the shape's own text. */
  labelFrom?: string
  /** A doubt worth a look: the label names another product than the icon, a product Archsight lacks... */
  caution?: string
}

export interface SkippedCell {
  cell: string
  label: string
  reason: string
}

export interface DroppedEdge {
  cell: string
  reason: string
}

export interface FollowedEdge {
  id: string
  cell: string
  from: string
  to: string
  through: string[]
}

export interface ImportReport {
  page: { number: number; name: string; of: number }
  mapped: ImportedComponent[]
  guessed: ImportedComponent[]
  zones: ImportedComponent[]
  skipped: SkippedCell[]
  /** Groups that are not components (VPC, subnets, auto scaling groups, frames). */
  groups: SkippedCell[]
  edges: {
    imported: number
    followed: FollowedEdge[]
    attached: FollowedEdge[]
    /** Segments of a line already imported whole (the second half of a line through a waypoint). */
    merged: { cell: string; into: string }[]
    dropped: DroppedEdge[]
  }
  /** Text cells read as labels of icons or zones, and free text left out (notes, legends). */
  text: { usedAsLabels: number; ignored: number }
  notes: string[]
}

function describeKind(item: ImportedComponent): string {
  return item.technology ? `${item.kind} (${item.technology})` : item.kind
}

function name(label: string, cell: string): string {
  return label !== '' ? `"${label}"` : `cell ${cell}`
}

/** The report as the CLI prints it: sections with one line per item, the counts first. */
export function formatImportReport(report: ImportReport): string {
  const lines: string[] = []
  const { page } = report
  lines.push(`page ${page.number} of ${page.of} ("${page.name}")`)
  lines.push(
    `${report.mapped.length} mapped, ${report.guessed.length} guessed from a label, ${report.zones.length} zones, ` +
      `${report.edges.imported} edges; ${report.skipped.length} shapes skipped, ${report.edges.dropped.length} edges dropped`,
  )
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return
    lines.push('', `${title}:`)
    for (const item of items) lines.push(`  ${item}`)
  }
  const component = (item: ImportedComponent) =>
    [
      `${item.id.padEnd(24)} ${describeKind(item).padEnd(32)} ${name(item.label, item.cell)} <- ${item.because}`,
      item.labelFrom ? `; label from ${item.labelFrom}` : '',
      item.caution ? `\n  ${' '.repeat(24)} ! ${item.caution}` : '',
    ].join('')
  section('Mapped (from the shape)', report.mapped.map(component))
  section('Guessed (check these)', report.guessed.map(component))
  section('Zones', report.zones.map(component))
  section('Skipped shapes', report.skipped.map((s) => `${name(s.label, s.cell)}: ${s.reason}`))
  section('Groups, not components', report.groups.map((g) => `${name(g.label, g.cell)}: ${g.reason}`))
  section(
    'Edges followed through shapes that are not components',
    report.edges.followed.map((f) => `${f.id}: ${f.from} -> ${f.to} through ${f.through.join(', ')}`),
  )
  section(
    "Edges with a loose end or an end on a group, attached to the component there",
    report.edges.attached.map((f) => `${f.id}: ${f.from} -> ${f.to}`),
  )
  section('Edge cells that are part of a line imported above', report.edges.merged.map((m) => `${m.cell}: part of ${m.into}`))
  section('Edges dropped', report.edges.dropped.map((d) => `${d.cell}: ${d.reason}`))
  section('Notes', [
    `${report.text.usedAsLabels} text cells read as labels, ${report.text.ignored} other text cells left out`,
    ...report.notes,
  ])
  return `${lines.join('\n')}\n`
}
