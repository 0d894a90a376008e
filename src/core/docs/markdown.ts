/**
 * The small Markdown subset the project's docs are written in (docs/rules/*.md), parsed into plain data that
 * the CLI prints as terminal text and the app renders as React elements. Never HTML: a page is data, so it is
 * never handed to innerHTML, and control characters (terminal escapes, bidi overrides) are dropped on the way in.
 *
 * Blocks: `#`..`###` headings, paragraphs, `-` / `1.` lists (one level, continuation lines joined), fenced
 * code. Inline: `code`, **strong**, [text](href). Anything else is kept as literal text.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'link'; text: string; href: string }

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; inlines: Inline[] }
  | { type: 'paragraph'; inlines: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; language: string; text: string }

// C0 controls except tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates
// (the "Trojan source" characters that make text read differently from what it is).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export function stripControl(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '')
}

const INLINE = /`([^`\n]+)`|\*\*([^*\n]+)\*\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g

export function parseInline(text: string): Inline[] {
  const out: Inline[] = []
  let last = 0
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0
    if (at > last) out.push({ type: 'text', text: text.slice(last, at) })
    if (match[1] !== undefined) out.push({ type: 'code', text: match[1] })
    else if (match[2] !== undefined) out.push({ type: 'strong', text: match[2] })
    else out.push({ type: 'link', text: match[3], href: match[4] })
    last = at + match[0].length
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) })
  return out
}

const HEADING = /^(#{1,3})\s+(.*)$/
const FENCE = /^```\s*([\w-]*)\s*$/
const BULLET = /^(?:[-*]|(\d+)\.)\s+(.*)$/

export function parseMarkdown(source: string): Block[] {
  const lines = stripControl(source).split('\n')
  const blocks: Block[] = []
  let paragraph: string[] = []
  let list: { ordered: boolean; items: string[] } | null = null

  const flush = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', inlines: parseInline(paragraph.join(' ')) })
    if (list) blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map(parseInline) })
    paragraph = []
    list = null
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const fence = FENCE.exec(line)
    if (fence) {
      flush()
      const code: string[] = []
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) code.push(lines[i])
      blocks.push({ type: 'code', language: fence[1], text: code.join('\n') })
      continue
    }
    if (line.trim() === '') {
      flush()
      continue
    }
    const heading = HEADING.exec(line)
    if (heading) {
      flush()
      blocks.push({ type: 'heading', level: heading[1].length as 1 | 2 | 3, inlines: parseInline(heading[2].trim()) })
      continue
    }
    const bullet = BULLET.exec(line)
    if (bullet && paragraph.length === 0) {
      const ordered = bullet[1] !== undefined
      if (list && list.ordered !== ordered) flush()
      list ??= { ordered, items: [] }
      list.items.push(bullet[2].trim())
      continue
    }
    if (list && /^\s+\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`
      continue
    }
    if (list) flush()
    paragraph.push(line.trim())
  }
  flush()
  return blocks
}

/** The text of inlines without any markup: for titles, tests and search. */
export function toPlainText(inlines: readonly Inline[]): string {
  return inlines.map((part) => part.text).join('')
}
