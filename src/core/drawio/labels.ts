/**
 * A draw.io label is HTML when its style says html=1 ("web-app<br>splash", "<div>Lambda</div>", "&nbsp;").
 * Archsight labels are plain text, shown as text: tags become spaces, character references are decoded, runs
 * of white space collapse. A small scanner, not a regular expression over markup.
 */

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }

export const MAX_LABEL_LENGTH = 200

export function labelToText(value: string, isHtml: boolean): string {
  const text = isHtml ? decodeReferences(stripTags(value)) : value
  const clean = text.replace(/[\s\u00a0]+/g, ' ').trim()
  return clean.length > MAX_LABEL_LENGTH ? `${clean.slice(0, MAX_LABEL_LENGTH - 1)}…` : clean
}

function stripTags(html: string): string {
  let out = ''
  let i = 0
  while (i < html.length) {
    const char = html[i]
    if (char === '<' && /[A-Za-z/!]/.test(html[i + 1] ?? '')) {
      const end = html.indexOf('>', i + 1)
      if (end < 0) break
      out += ' '
      i = end + 1
      continue
    }
    out += char
    i++
  }
  return out
}

function decodeReferences(text: string): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    if (text[i] === '&') {
      const end = text.indexOf(';', i + 1)
      if (end > i && end - i <= 10) {
        const decoded = decodeReference(text.slice(i + 1, end))
        if (decoded !== undefined) {
          out += decoded
          i = end + 1
          continue
        }
      }
    }
    out += text[i]
    i++
  }
  return out
}

function decodeReference(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined
  }
  return NAMED[name]
}
