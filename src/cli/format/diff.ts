import type { DesignDiff, FieldChange, FindingRef, ItemChange, ItemRef } from '../../core/diff/diffDesigns'

/** A design diff as text for a terminal or as Markdown for a pull-request comment. */

function show(value: unknown): string {
  return value === undefined ? '(none)' : typeof value === 'string' ? value : JSON.stringify(value)
}

function describeChange(change: FieldChange): string {
  return `${change.field}: ${show(change.from)} -> ${show(change.to)}`
}

function describeLoad(from: number, to: number, change: number): string {
  const percent = Number.isFinite(change) ? `${change > 0 ? '+' : ''}${Math.round(change * 100)} %` : 'from zero'
  return `${Math.round(from).toLocaleString('en-US')} -> ${Math.round(to).toLocaleString('en-US')} req/s (${percent})`
}

interface Section {
  title: string
  items: string[]
}

function collectSections(diff: DesignDiff, code: (text: string) => string): Section[] {
  const ref = (item: ItemRef) => (item.name === item.id ? code(item.id) : `${item.name} (${code(item.id)})`)
  const changed = (item: ItemChange) => `${ref(item)}: ${item.changes.map(describeChange).join('; ')}`
  const finding = (f: FindingRef) => `${f.severity} ${code(f.ruleId)} on ${code(f.target)}: ${f.message}`
  const cap = (['write', 'read'] as const).flatMap((side) => {
    const change = diff.cap[side]
    return change ? [`${side === 'write' ? 'Writes' : 'Reads'}: ${change.from ?? 'none'} -> ${change.to ?? 'none'}`] : []
  })
  const rps = (value: number | null) => (value === null ? 'none' : `${Math.round(value).toLocaleString('en-US')} req/s`)
  const peak = diff.peakRps ? [`Design peak: ${rps(diff.peakRps.from)} -> ${rps(diff.peakRps.to)}`] : []
  return [
    { title: 'Design', items: diff.design.map(describeChange) },
    { title: 'Components added', items: diff.components.added.map(ref) },
    { title: 'Components removed', items: diff.components.removed.map(ref) },
    { title: 'Components changed', items: diff.components.changed.map(changed) },
    { title: 'Edges added', items: diff.edges.added.map(ref) },
    { title: 'Edges removed', items: diff.edges.removed.map(ref) },
    { title: 'Edges changed', items: diff.edges.changed.map(changed) },
    { title: 'Findings introduced', items: diff.findings.introduced.map(finding) },
    { title: 'Findings resolved', items: diff.findings.resolved.map(finding) },
    { title: 'CAP', items: cap },
    { title: 'Single points of failure gained', items: diff.spof.gained.map(ref) },
    { title: 'Single points of failure lost', items: diff.spof.lost.map(ref) },
    { title: 'Peak load changed by more than 10 %', items: [...peak, ...diff.load.map((l) => `${ref(l)}: ${describeLoad(l.from, l.to, l.change)}`)] },
  ].filter((section) => section.items.length > 0)
}

function summarise(diff: DesignDiff): string {
  const { introduced, resolved } = diff.findings
  const errors = introduced.filter((f) => f.severity === 'error').length
  return (
    `${diff.components.added.length} added, ${diff.components.removed.length} removed, ${diff.components.changed.length} changed components; ` +
    `${introduced.length} findings introduced${errors > 0 ? ` (${errors} error${errors === 1 ? '' : 's'})` : ''}, ${resolved.length} resolved`
  )
}

export function formatDiffText(diff: DesignDiff, before: string, after: string): string {
  if (diff.isEmpty) return `${before} -> ${after}: no change in meaning\n`
  const lines = [`${before} -> ${after}`, summarise(diff)]
  for (const section of collectSections(diff, (t) => t)) {
    lines.push('', `${section.title}:`, ...section.items.map((item) => `  ${item}`))
  }
  return `${lines.join('\n')}\n`
}

/** Markdown for a PR comment: backticks for ids, labels escaped so a label cannot inject markup. */
export function formatDiffMarkdown(diff: DesignDiff, before: string, after: string): string {
  const code = (text: string) => `\`${text.replace(/`/g, "'")}\``
  const lines = [`### Archsight design diff: ${escapeMarkdown(after)}`, '']
  if (diff.isEmpty) return `${lines.join('\n')}No change in meaning from ${code(before)}.\n`
  lines.push(`${diff.introducesError ? '**Introduces an error.** ' : ''}${escapeMarkdown(summarise(diff))}`)
  for (const section of collectSections(diff, code)) {
    lines.push('', `#### ${section.title}`, '', ...section.items.map((item) => `- ${escapeOutsideCode(item)}`))
  }
  return `${lines.join('\n')}\n`
}

function escapeMarkdown(text: string): string {
  // The characters that start markup mid-line: emphasis, links, HTML, tables, strikethrough.
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
}

/** Escapes everything but the `code` spans the formatter itself wrote. */
function escapeOutsideCode(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part)))
    .join('')
}
