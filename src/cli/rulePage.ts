import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseMarkdown, type Block, type Inline } from '../core/docs/markdown'
import { getLinkedRuleId } from '../core/docs/rulePages'
import { measureWidth, type Paint } from './io'

/**
 * The rule pages: docs/rules/ of this checkout when the CLI runs from source (src/cli), else the copy that
 * scripts/build-cli.mjs puts beside the bundle (packages/cli/dist/rules), which the installable package ships.
 */
export const RULE_PAGES_DIR = [resolve(import.meta.dirname, '../../docs/rules'), resolve(import.meta.dirname, 'rules')].find((dir) =>
  existsSync(dir),
) ?? resolve(import.meta.dirname, '../../docs/rules')

/** The page's Markdown, or null when there is none. `id` must already be a registered rule id (no paths). */
export function readRulePage(id: string): string | null {
  try {
    return readFileSync(resolve(RULE_PAGES_DIR, `${id}.md`), 'utf8')
  } catch {
    return null
  }
}

const WIDTH = 88

function wrap(text: string, indent: string, firstIndent = indent): string {
  const words = text.split(/ +/).filter(Boolean)
  const lines: string[] = []
  let line = firstIndent
  let isFresh = true
  for (const word of words) {
    if (!isFresh && measureWidth(line) + 1 + measureWidth(word) > WIDTH) {
      lines.push(line)
      line = indent
      isFresh = true
    }
    line += isFresh ? word : ` ${word}`
    isFresh = false
  }
  lines.push(line)
  return lines.join('\n')
}

function describeHref(href: string): string {
  if (/^https?:\/\//.test(href)) return href
  // A page's relative link (`../analysis.md#cap`) names a file of docs/.
  const file = href.replace(/^(\.\.\/)+/, '').replace(/^\.\//, '')
  return `docs/${href.startsWith('../') ? '' : 'rules/'}${file}`
}

function renderInlines(inlines: readonly Inline[], paint: Paint): string {
  return inlines
    .map((part) => {
      if (part.type === 'strong') return paint.bold(part.text)
      if (part.type !== 'link') return part.text
      const ruleId = getLinkedRuleId(part.href)
      if (ruleId) return part.text === ruleId ? part.text : `${part.text} (${ruleId})`
      return `${part.text} (${describeHref(part.href)})`
    })
    .join('')
}

function renderBlock(block: Block, paint: Paint): string {
  switch (block.type) {
    case 'heading': {
      const text = renderInlines(block.inlines, paint)
      return block.level === 1 ? paint.bold(text) : paint.bold(text.toUpperCase())
    }
    case 'paragraph':
      return wrap(renderInlines(block.inlines, paint), '  ')
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${index + 1}. ` : '- '
          return wrap(renderInlines(item, paint), `  ${' '.repeat(marker.length)}`, `  ${marker}`)
        })
        .join('\n')
    case 'code':
      return block.text
        .split('\n')
        .map((line) => paint.dim(`    ${line}`))
        .join('\n')
  }
}

/** A rule page as terminal text: headings in bold, paragraphs wrapped, code indented, no Markdown marks. */
export function renderRulePage(markdown: string, paint: Paint): string {
  return `${parseMarkdown(markdown)
    .map((block) => renderBlock(block, paint))
    .join('\n\n')}\n`
}
