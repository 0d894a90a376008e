import { describe, expect, it } from 'vitest'
import type { Diagnostic } from '@core/analysis'
import { createEmptyDesign, type Design } from '@core/design/types'
import { ALL_SEVERITIES, createTargetNamer, getProblemKey, listProblems, soloSeverity } from './problemsModel'
import { addSuppression, removeSuppression, validateReason } from '@renderer/analysis'

const design: Design = {
  ...createEmptyDesign(),
  nodes: [
    { id: 'db', kind: 'relational-db', label: 'Orders DB', position: { x: 0, y: 0 } },
    { id: 'svc', kind: 'service', position: { x: 0, y: 0 } },
  ],
  edges: [{ id: 'e1', source: 'svc', target: 'db', mode: 'sync', access: 'read-write', label: 'hold seat' }],
}

const diagnostics: Diagnostic[] = [
  { ruleId: 'single-point-of-failure', severity: 'error', message: 'Orders DB has one instance', target: { type: 'node', id: 'db' } },
  { ruleId: 'consistency-mismatch', severity: 'error', message: 'strong on AP', target: { type: 'edge', id: 'e1' } },
  { ruleId: 'cache-without-ttl', severity: 'warning', message: 'no TTL', target: { type: 'node', id: 'svc' }, suppressed: { reason: 'tests' } },
  { ruleId: 'missing-autoscaling', severity: 'info', message: 'svc has no autoscaling', target: { type: 'node', id: 'svc' } },
  { ruleId: 'no-observability', severity: 'info', message: 'No logs', target: { type: 'design' } },
]

describe('problems model', () => {
  const nameOf = createTargetNamer(design)

  it('names targets: node label, edge label or id, the design', () => {
    expect(nameOf({ type: 'node', id: 'db' })).toEqual({ id: 'db', name: 'Orders DB' })
    expect(nameOf({ type: 'node', id: 'svc' })).toEqual({ id: 'svc', name: 'svc' })
    expect(nameOf({ type: 'edge', id: 'e1' })).toEqual({ id: 'e1', name: 'hold seat' })
    expect(nameOf({ type: 'design' })).toEqual({ id: '', name: 'design' })
  })

  it('groups by severity in order, counts unsuppressed findings, lists suppressed apart', () => {
    const list = listProblems(diagnostics, { severities: ALL_SEVERITIES, text: '' }, nameOf)
    expect(list.groups.map((g) => [g.severity, g.items.length])).toEqual([['error', 2], ['info', 2]])
    expect(list.counts).toEqual({ error: 2, warning: 0, info: 2 })
    expect(list.suppressed.map((d) => d.ruleId)).toEqual(['cache-without-ttl'])
    expect(list.rows.map((d) => d.ruleId)).toEqual(['single-point-of-failure', 'consistency-mismatch', 'missing-autoscaling', 'no-observability'])
  })

  it('filters by severity toggles without changing the counts', () => {
    const list = listProblems(diagnostics, { severities: { error: false, warning: true, info: true }, text: '' }, nameOf)
    expect(list.groups.map((g) => g.severity)).toEqual(['info'])
    expect(list.counts.error).toBe(2)
  })

  it('filters by text over message, rule id, target name and id, case-insensitively', () => {
    const byTarget = listProblems(diagnostics, { severities: ALL_SEVERITIES, text: 'HOLD SEAT' }, nameOf)
    expect(byTarget.rows.map((d) => d.ruleId)).toEqual(['consistency-mismatch'])
    const byRule = listProblems(diagnostics, { severities: ALL_SEVERITIES, text: 'autoscaling' }, nameOf)
    expect(byRule.rows.map((d) => d.ruleId)).toEqual(['missing-autoscaling'])
    const byReason = listProblems(diagnostics, { severities: ALL_SEVERITIES, text: 'tests' }, nameOf)
    expect(byReason.rows).toEqual([])
    expect(byReason.suppressed).toHaveLength(1)
  })

  it('shows one severity alone, and everything again on the second click', () => {
    const solo = soloSeverity(ALL_SEVERITIES, 'warning')
    expect(solo).toEqual({ error: false, warning: true, info: false })
    expect(soloSeverity(solo, 'warning')).toEqual(ALL_SEVERITIES)
  })

  it('keys findings by rule, target and message', () => {
    expect(getProblemKey(diagnostics[0])).toBe('single-point-of-failure|node:db|Orders DB has one instance')
    expect(getProblemKey(diagnostics[4])).toBe('no-observability||No logs')
  })
})

describe('suppressions', () => {
  it('adds one entry per rule and target, replacing an older reason, and removes it again', () => {
    const once = addSuppression(undefined, diagnostics[0], 'MVP')
    expect(once).toEqual([{ rule: 'single-point-of-failure', target: 'db', reason: 'MVP' }])
    const twice = addSuppression(once, diagnostics[0], 'Launch in May')
    expect(twice).toEqual([{ rule: 'single-point-of-failure', target: 'db', reason: 'Launch in May' }])
    const design = addSuppression(twice, diagnostics[4], 'Logs are in the platform')
    expect(design[1]).toEqual({ rule: 'no-observability', reason: 'Logs are in the platform' })
    expect(removeSuppression(design, diagnostics[0])).toEqual([design[1]])
    expect(removeSuppression([design[1]], diagnostics[4])).toBeUndefined()
  })

  it('refuses an empty reason', () => {
    expect(validateReason('  ')).toMatch(/Give a reason/)
    expect(validateReason('Accepted for the MVP')).toBeNull()
  })
})
