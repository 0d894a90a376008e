import type { NodeCap } from '@core/analysis'

/** The CAP chip's tooltip: the conventional label, then the truth behind it and what flips it. */
export function describeCap(cap: NodeCap): string {
  const lines = [`${cap.label}${cap.mayLoseWrites ? ', may lose writes' : ''} (conventional label: ${cap.why})`, `Under a partition: ${cap.underPartition}`]
  if (cap.flip) lines.push(`Flips it: ${cap.flip}`)
  return lines.join('\n')
}

export function describeSpof(scope: 'user-facing' | 'background'): string {
  return scope === 'user-facing'
    ? 'Single point of failure: user requests fail when this goes down'
    : 'Single point of failure for background work: consumers stop and messages wait when this goes down'
}
