/**
 * docs/rules/<rule-id>.md bundled into the renderer at build time, so a finding's rule page opens offline. The
 * text is data: it is parsed by core's Markdown subset and rendered as React elements, never as HTML.
 */
const FILES = import.meta.glob<string>('../../../../docs/rules/*.md', { query: '?raw', import: 'default', eager: true })

const PAGES: ReadonlyMap<string, string> = new Map(
  Object.entries(FILES).map(([path, text]) => [(/([a-z-]+)\.md$/.exec(path) as RegExpExecArray)[1], text]),
)

export function getRulePage(id: string): string | undefined {
  return PAGES.get(id)
}

export function listRulePageIds(): string[] {
  return [...PAGES.keys()].sort()
}
