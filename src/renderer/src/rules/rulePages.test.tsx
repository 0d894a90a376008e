import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { ALL_RULES } from '@core/analysis'
import { parseMarkdown } from '@core/docs/markdown'
import { RulePageContent } from './RulePageContent'
import { getRulePage, listRulePageIds } from './rulePages'

function render(markdown: string): string {
  return renderToStaticMarkup(createElement(RulePageContent, { blocks: parseMarkdown(markdown), onOpenRule: () => {} }))
}

describe('rule pages in the app', () => {
  it('bundles the page of every registered rule, so a finding can open it offline', () => {
    for (const { meta } of ALL_RULES) expect(getRulePage(meta.id), meta.id).toMatch(new RegExp(`^# ${meta.id}\\n`))
    expect(listRulePageIds().length).toBeGreaterThanOrEqual(ALL_RULES.length)
  })

  it('renders a real page as headings, lists and code, without Markdown marks', () => {
    const html = render(getRulePage('dual-write') as string)
    expect(html).toContain('<h3>What it fires on</h3>')
    expect(html).toMatch(/<pre class="code-block rule-page__code"[^>]*><code>\{/)
    expect(html).toContain('<strong>Transactional outbox</strong>')
    expect(html).not.toMatch(/\*\*|```|<h2>|# dual-write/)
  })

  it('renders page text as text: markup in a page is shown, never run', () => {
    const html = render('# t\n\nHi <img src=x onerror="alert(1)"> `<script>x</script>` [a](javascript:alert(1))\n\n```\n</pre><script>1</script>\n```\n')
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('href')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;')
    expect(html).toContain('<code>&lt;script&gt;x&lt;/script&gt;</code>')
    expect(html).toContain('&lt;/pre&gt;&lt;script&gt;1&lt;/script&gt;')
  })

  it('turns a link to another rule into a button and any other link into its text', () => {
    const html = render('See [the other rule](dual-write.md) and [the analysis](../analysis.md#cap).')
    expect(html).toContain('<button type="button" class="rule-page__link">the other rule</button>')
    expect(html).toContain(' and the analysis.')
  })
})
