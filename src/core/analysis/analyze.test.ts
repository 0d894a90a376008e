import { describe, expect, it } from 'vitest'
import { design } from '../testing/designBuilder'
import { compareDiagnostics, runRules } from './engine'
import { analyze, getRule } from './index'
import type { Diagnostic, Rule } from './types'
import { createView } from './view'

const singleStack = () =>
  design()
    .node('web', 'client')
    .node('api', 'service')
    .node('cache', 'cache')
    .edge('web', 'api')
    .edge('api', 'cache', { access: 'read' })

describe('analyze: rule configuration', () => {
  it('runs every rule at its default severity', () => {
    const result = analyze(singleStack().build())
    expect(result.diagnostics.find((d) => d.ruleId === 'cache-without-ttl')?.severity).toBe('warning')
    expect(result.diagnostics.find((d) => d.ruleId === 'single-point-of-failure')?.severity).toBe('error')
  })

  it('turns a rule off and replaces its severity from the design, then from the CLI overrides', () => {
    const configured = singleStack().rules({ 'cache-without-ttl': 'off', 'single-point-of-failure': 'info' }).build()
    const fromFile = analyze(configured)
    expect(fromFile.diagnostics.some((d) => d.ruleId === 'cache-without-ttl')).toBe(false)
    expect(fromFile.diagnostics.find((d) => d.ruleId === 'single-point-of-failure')?.severity).toBe('info')
    const overridden = analyze(configured, {
      ruleOverrides: { 'cache-without-ttl': 'error', 'single-point-of-failure': 'off' },
    })
    expect(overridden.diagnostics.find((d) => d.ruleId === 'cache-without-ttl')?.severity).toBe('error')
    expect(overridden.diagnostics.some((d) => d.ruleId === 'single-point-of-failure')).toBe(false)
  })

  it('reports unknown rule ids in rules and suppressions as info on the design', () => {
    const result = analyze(singleStack().rules({ 'no-such-rule': 'off' }).suppress('other-rule', undefined).build())
    const unknown = result.diagnostics.filter((d) => d.ruleId === 'unknown-rule')
    expect(unknown.map((d) => [d.severity, d.target.type])).toEqual([
      ['info', 'design'],
      ['info', 'design'],
    ])
  })
})

describe('analyze: suppressions', () => {
  it('keeps a suppressed diagnostic with its reason and leaves unmatched suppressions alone', () => {
    const result = analyze(
      singleStack()
        .suppress('single-point-of-failure', 'api', 'MVP')
        .suppress('single-point-of-failure', 'nowhere')
        .suppress('no-observability', undefined, 'no logs yet')
        .build(),
    )
    const spof = result.diagnostics.find((d) => d.ruleId === 'single-point-of-failure' && d.target.type === 'node')
    expect(spof?.suppressed).toEqual({ reason: 'MVP' })
    const observability = result.diagnostics.find((d) => d.ruleId === 'no-observability')
    expect(observability?.suppressed).toEqual({ reason: 'no logs yet' })
    expect(result.diagnostics.find((d) => d.ruleId === 'cache-without-ttl')?.suppressed).toBeUndefined()
  })

  it('leaves suppressed findings out of the workload verdict', () => {
    const overloaded = () =>
      design()
        .workload({ monthlyActiveUsers: 10_000_000, readWriteRatio: 5 })
        .node('web', 'client')
        .node('api', 'service', { capacityRps: 1, autoscaling: { min: 2, max: 2 } })
        .edge('web', 'api')
    const atRisk = analyze(overloaded().build()).workload?.suitability
    expect(atRisk).toEqual({
      verdict: 'at-risk',
      because: [{ ruleId: 'over-capacity', target: { type: 'node', id: 'api' } }],
    })
    const accepted = analyze(overloaded().suppress('over-capacity', 'api').build()).workload?.suitability
    expect(accepted).toEqual({ verdict: 'suited', because: [] })
  })
})

describe('analyze: robustness and order', () => {
  it('turns a crashing rule into one error on the design naming it', () => {
    const broken: Rule = {
      meta: { id: 'broken-rule', severity: 'info', category: 'test', description: 'Breaks', rationale: 'x' },
      check: () => {
        throw new Error('boom')
      },
    }
    const cacheRule = getRule('cache-without-ttl') as Rule
    const diagnostics = runRules(createView(singleStack().build()), [broken, cacheRule], new Map())
    expect(diagnostics).toEqual([
      {
        ruleId: 'broken-rule',
        severity: 'error',
        message: 'Rule broken-rule crashed: boom',
        target: { type: 'design' },
      },
      expect.objectContaining({ ruleId: 'cache-without-ttl' }),
    ])
  })

  it('orders by severity, rule id, target id (design as ""), message, by UTF-16 code units', () => {
    const make = (severity: Diagnostic['severity'], ruleId: string, id: string | null, message = 'm'): Diagnostic => ({
      ruleId,
      severity,
      message,
      target: id === null ? { type: 'design' } : { type: 'node', id },
    })
    const sorted = [
      make('info', 'a', 'x'),
      make('warning', 'b', 'é'),
      make('warning', 'b', 'z'),
      make('warning', 'b', 'Z'),
      make('warning', 'b', null),
      make('error', 'z', 'a'),
      make('warning', 'a', 'a', 'second'),
      make('warning', 'a', 'a', 'First'),
    ].sort(compareDiagnostics)
    const lines = sorted.map((d) => {
      const target = d.target.type === 'design' ? '' : d.target.id
      return `${d.severity} ${d.ruleId} ${target} ${d.message}`
    })
    expect(lines).toEqual([
      'error z a m',
      'warning a a First',
      'warning a a second',
      'warning b  m',
      'warning b Z m',
      'warning b z m',
      'warning b é m',
      'info a x m',
    ])
  })

  it('gives load only for nodes with a capacity, and none without a workload', () => {
    const built = singleStack().workload({ monthlyActiveUsers: 1000, readWriteRatio: 3 }).build()
    expect(Object.keys(analyze(built).load)).toEqual(['api', 'cache'])
    const without = analyze(singleStack().build())
    expect(without.load).toEqual({})
    expect(without.workload).toBeUndefined()
  })

  it('keys results safely by ids such as __proto__', () => {
    const result = analyze(
      design()
        .workload({ monthlyActiveUsers: 1000, readWriteRatio: 3 })
        .node('web', 'client')
        .node('__proto__', 'relational-db')
        .edge('web', '__proto__')
        .build(),
    )
    expect(Object.keys(result.cap.nodes)).toEqual(['__proto__'])
    expect(Object.keys(result.load)).toEqual(['__proto__'])
    expect(result.cap.nodes['__proto__'].label).toBe('CA')
  })
})
