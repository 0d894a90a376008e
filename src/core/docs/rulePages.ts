/**
 * What every rule page in docs/rules/<rule-id>.md holds, read by the CLI (`archsight rules ID`), the app's rule
 * dialog and the test that keeps pages and the rule registry in step.
 */

/** The sections of a rule page, in order (issue 8: fires on, why, example, fix, suppress). */
export const RULE_PAGE_SECTIONS = [
  'What it fires on',
  'Why it matters',
  'Example',
  'How to fix it',
  'How to suppress it',
] as const

/** A link from one rule page to another (`single-point-of-failure.md`, `./x.md`): that rule's id, else null. */
export function getLinkedRuleId(href: string): string | null {
  const match = /^(?:\.\/)?([a-z]+(?:-[a-z]+)*)\.md$/.exec(href)
  return match ? match[1] : null
}
