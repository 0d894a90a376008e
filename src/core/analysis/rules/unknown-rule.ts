import type { Finding, Rule } from '../types'

export const unknownRule: Rule = {
  meta: {
    id: 'unknown-rule',
    severity: 'info',
    category: 'hygiene',
    description: 'A rule setting or suppression that names no known rule',
    rationale:
      'A misspelt rule id in `rules` or `suppressions` does nothing: the rule keeps its default, or the finding ' +
      'stays unsuppressed. Rule ids are stable, so an unknown one is a typo or a rule from a newer version.',
  },
  check(view) {
    // The engine passes the registry's ids in; importing the registry here would be an import cycle.
    const known = view.knownRuleIds
    if (!known) return []
    const findings: Finding[] = []
    const reported = new Set<string>()
    const report = (id: string, where: string): void => {
      const key = `${where}\u0000${id}`
      if (known.has(id) || reported.has(key)) return
      reported.add(key)
      findings.push({ target: { type: 'design' }, message: `"${id}" in ${where} is not a known rule` })
    }
    for (const id of Object.keys(view.design.rules ?? {})) report(id, 'rules')
    for (const suppression of view.design.suppressions ?? []) report(suppression.rule, 'suppressions')
    return findings
  },
}
