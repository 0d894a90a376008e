import { describe, expect, it } from 'vitest'
import { parseInline, parseMarkdown, stripControl } from './markdown'
import { getLinkedRuleId } from './rulePages'

describe('parseMarkdown', () => {
  it('reads headings, paragraphs joined across lines, lists with continuation lines, and fenced code', () => {
    const blocks = parseMarkdown(
      '# Title\n\nOne line\nand the next.\n\n- first item\n  continued\n- second\n\n1. one\n2. two\n\n```json\n{ "a": 1 }\n\n  "b"\n```\n## Next\n',
    )
    expect(blocks).toEqual([
      { type: 'heading', level: 1, inlines: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', inlines: [{ type: 'text', text: 'One line and the next.' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'first item continued' }], [{ type: 'text', text: 'second' }]] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] },
      { type: 'code', language: 'json', text: '{ "a": 1 }\n\n  "b"' },
      { type: 'heading', level: 2, inlines: [{ type: 'text', text: 'Next' }] },
    ])
  })

  it('keeps an unterminated fence as code to the end instead of dropping the text', () => {
    expect(parseMarkdown('```\nstill here')).toEqual([{ type: 'code', language: '', text: 'still here' }])
  })

  it('reads inline code, strong and links, and leaves anything else literal', () => {
    expect(parseInline('Set `ttlSeconds`, **always**, see [a rule](dual-write.md) <b>x</b> *y*')).toEqual([
      { type: 'text', text: 'Set ' },
      { type: 'code', text: 'ttlSeconds' },
      { type: 'text', text: ', ' },
      { type: 'strong', text: 'always' },
      { type: 'text', text: ', see ' },
      { type: 'link', text: 'a rule', href: 'dual-write.md' },
      { type: 'text', text: ' <b>x</b> *y*' },
    ])
  })

  it('drops control characters and bidi overrides, keeps tabs, newlines and ordinary Unicode', () => {
    expect(stripControl('a\u001b[2Jb\u0000c\r\nd\te\u202ef\u2066g · ü 💡\u0085')).toBe('a[2Jbc\nd\tefg · ü 💡')
  })
})

describe('getLinkedRuleId', () => {
  it('knows a link to another rule page and nothing else', () => {
    expect(getLinkedRuleId('dual-write.md')).toBe('dual-write')
    expect(getLinkedRuleId('./dual-write.md')).toBe('dual-write')
    expect(getLinkedRuleId('../analysis.md#cap')).toBeNull()
    expect(getLinkedRuleId('https://example.com/x.md')).toBeNull()
    expect(getLinkedRuleId('../../etc/passwd.md')).toBeNull()
  })
})
