import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '../analysis/rules'
import type { DiagnosticTarget, Finding, Rule } from '../analysis/types'
import { createView } from '../analysis/view'
import { applyPatch } from '../design/patch'
import type { Design } from '../design/types'

/**
 * ESLint's RuleTester for design rules: every input is deep-frozen (a rule that mutates the design throws),
 * `invalid` cases assert the exact set of targets, and every fix a finding offers is applied and must make
 * that finding go away.
 *
 * Targets are written `node:<id>`, `edge:<id>` or `design`.
 */

export interface ValidCase {
  name?: string
  design: Design
}

export interface InvalidCase {
  name?: string
  design: Design
  targets: string[]
  /** Substrings each message must contain, by position in the sorted findings (optional). */
  messages?: string[]
  /** The severity every finding carries itself, when the rule sets one per finding. */
  severities?: (Finding['severity'] | undefined)[]
}

const RULE_IDS = ALL_RULES.map((rule) => rule.meta.id)

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

export function formatTarget(target: DiagnosticTarget): string {
  return target.type === 'design' ? 'design' : `${target.type}:${target.id}`
}

export function runRule(rule: Rule, design: Design): Finding[] {
  const findings = rule.check(createView(deepFreeze(design), { ruleIds: RULE_IDS }))
  return [...findings].sort((a, b) => {
    const ta = formatTarget(a.target)
    const tb = formatTarget(b.target)
    return ta < tb ? -1 : ta > tb ? 1 : a.message < b.message ? -1 : a.message > b.message ? 1 : 0
  })
}

function caseName(kind: string, index: number, name: string | undefined): string {
  return `${kind} #${index + 1}${name ? `: ${name}` : ''}`
}

function assertFixesRemoveFindings(rule: Rule, design: Design, findings: readonly Finding[]): void {
  for (const finding of findings) {
    if (!finding.fix) continue
    expect(finding.fix.title, 'a fix needs a title').not.toBe('')
    expect(finding.fix.patch.length, `fix "${finding.fix.title}" edits nothing`).toBeGreaterThan(0)
    const fixed = applyPatch(design, finding.fix.patch)
    const after = runRule(rule, fixed).map((f) => formatTarget(f.target))
    expect(after, `fix "${finding.fix.title}" leaves its finding`).not.toContain(formatTarget(finding.target))
  }
}

export function testRule(rule: Rule, cases: { valid: (Design | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    cases.valid.forEach((entry, index) => {
      const valid: ValidCase = 'design' in entry ? entry : { design: entry }
      it(caseName('valid', index, valid.name), () => {
        const findings = runRule(rule, valid.design)
        expect(findings.map((f) => `${formatTarget(f.target)}: ${f.message}`)).toEqual([])
      })
    })
    cases.invalid.forEach((invalid, index) => {
      it(caseName('invalid', index, invalid.name), () => {
        const findings = runRule(rule, invalid.design)
        expect(findings.map((f) => formatTarget(f.target))).toEqual([...invalid.targets].sort())
        invalid.messages?.forEach((part, i) => expect(findings[i]?.message).toContain(part))
        if (invalid.severities) expect(findings.map((f) => f.severity)).toEqual(invalid.severities)
        for (const finding of findings) {
          expect(finding.message).not.toBe('')
          expect(finding.message.endsWith('.'), 'messages have no trailing period').toBe(false)
        }
        assertFixesRemoveFindings(rule, invalid.design, findings)
      })
    })
  })
}
