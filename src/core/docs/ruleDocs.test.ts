import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ALL_RULES, analyze, getRule } from '../analysis'
import { parseDesign } from '../design'
import { DESIGN_VERSION } from '../design/types'
import { parseMarkdown, toPlainText, type Block } from './markdown'
import { getLinkedRuleId, RULE_PAGE_SECTIONS } from './rulePages'

// docs/rules/<rule-id>.md is the contract for each rule (issue 8): one page per registered rule, no page
// without a rule, each page's example really fires its rule and its metadata line says what the rule says.
const DOCS_RULES = resolve(import.meta.dirname, '../../../docs/rules')
const pageIds = readdirSync(DOCS_RULES)
  .filter((file) => file.endsWith('.md'))
  .map((file) => file.slice(0, -'.md'.length))
  .sort()
const registeredIds = ALL_RULES.map((rule) => rule.meta.id)

function readPage(id: string): Block[] {
  return parseMarkdown(readFileSync(resolve(DOCS_RULES, `${id}.md`), 'utf8'))
}

function headings(blocks: readonly Block[], level: number): string[] {
  return blocks.flatMap((b) => (b.type === 'heading' && b.level === level ? [toPlainText(b.inlines)] : []))
}

/** The blocks between "## title" and the next level-2 heading. */
function section(blocks: readonly Block[], title: string): Block[] {
  const start = blocks.findIndex((b) => b.type === 'heading' && b.level === 2 && toPlainText(b.inlines) === title)
  if (start < 0) return []
  const end = blocks.findIndex((b, i) => i > start && b.type === 'heading' && b.level === 2)
  return blocks.slice(start + 1, end < 0 ? undefined : end)
}

describe('docs/rules', () => {
  it('has a page for every registered rule', () => {
    expect(registeredIds.filter((id) => !pageIds.includes(id))).toEqual([])
  })

  it('has no page that names no registered rule', () => {
    expect(pageIds.filter((id) => !getRule(id))).toEqual([])
  })

  it.each(pageIds)('%s.md has the title, the sections in order and links only to real rules', (id) => {
    const blocks = readPage(id)
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 1 })
    expect(toPlainText((blocks[0] as Extract<Block, { type: 'heading' }>).inlines)).toBe(id)
    expect(headings(blocks, 2)).toEqual([...RULE_PAGE_SECTIONS])
    for (const title of RULE_PAGE_SECTIONS) expect(section(blocks, title).length, title).toBeGreaterThan(0)
    const suppress = section(blocks, 'How to suppress it')
    expect(suppress.some((b) => b.type === 'code' && b.text.includes(`"rule": "${id}"`))).toBe(true)
    for (const block of blocks) {
      const inlineLists = block.type === 'paragraph' || block.type === 'heading' ? [block.inlines] : block.type === 'list' ? block.items : []
      for (const part of inlineLists.flat()) {
        if (part.type !== 'link') continue
        const linked = getLinkedRuleId(part.href)
        if (linked) expect(pageIds, `${id} links to ${part.href}`).toContain(linked)
        else expect(part.href, `${id}: links stay inside docs/ or go to https`).toMatch(/^(\.\.\/[a-z-]+\.md(#[a-z0-9-]+)?|https:\/\/\S+)$/)
      }
    }
  })

  it.each(ALL_RULES.map((rule) => [rule.meta.id, rule] as const))(
    '%s.md states the default severity, category and description the rule has',
    (id, rule) => {
      const meta = readPage(id)[1]
      expect(meta.type).toBe('paragraph')
      const text = toPlainText((meta as Extract<Block, { type: 'paragraph' }>).inlines)
      expect(text).toContain(`Default severity: ${rule.meta.severity}`)
      expect(text).toContain(`Category: ${rule.meta.category}`)
      // The one-line description is the rule's own, word for word.
      const description = readPage(id)[2] as Extract<Block, { type: 'paragraph' }>
      expect(toPlainText(description.inlines)).toBe(`${rule.meta.description}.`)
    },
  )

  it.each(registeredIds)("%s.md's example is a valid design on which the rule fires", (id) => {
    const code = section(readPage(id), 'Example').find((b) => b.type === 'code' && b.language === 'json')
    expect(code, 'a ```json design under ## Example').toBeDefined()
    const example = JSON.parse((code as Extract<Block, { type: 'code' }>).text) as Record<string, unknown>
    // Pages are written for the docs' format version; read them at the version this build writes so the check
    // keeps running across a version bump (v1 files migrate, so a v2 page with v1 content reads the same).
    expect(example.version).toBe(2)
    const parsed = parseDesign(JSON.stringify({ ...example, version: DESIGN_VERSION }))
    if (!parsed.ok) throw new Error(`${id}: ${parsed.error.path}: ${parsed.error.message}`)
    const fired = analyze(parsed.design).diagnostics.filter((d) => d.ruleId === id && !d.suppressed)
    expect(fired.length, `${id} fires on its example`).toBeGreaterThan(0)
  })
})
