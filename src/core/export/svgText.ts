import { formatNumber } from '../picture/number'
import { ICONS } from './kindIcons'

export { formatNumber }

/**
 * Labels are untrusted: everything that reaches the SVG as text or an attribute value goes through escapeXml,
 * which also drops characters XML 1.0 cannot carry (a NUL in a label must not make the file unreadable).
 */
const INVALID_XML = new RegExp(
  [
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.source,
    /[\ud800-\udbff](?![\udc00-\udfff])/.source, // a high surrogate with no low one after it
    /(?<![\ud800-\udbff])[\udc00-\udfff]/.source, // a low surrogate with no high one before it
  ].join('|'),
  'g',
)

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}


/** Attributes from a record; values escaped, keys are ours. */
export function formatAttributes(attrs: Readonly<Record<string, string | number | undefined>>): string {
  let out = ''
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined) continue
    out += ` ${key}="${escapeXml(typeof value === 'number' ? formatNumber(value) : value)}"`
  }
  return out
}

/** A lucide glyph scaled into a size x size box at (x, y), stroked in colour. */
export function renderIcon(name: string, x: number, y: number, size: number, colour: string, strokeWidth = 2): string {
  const elements = ICONS[name]
  if (!elements) return ''
  const scale = Math.round((size / 24) * 10000) / 10000
  const body = elements.map(([tag, attrs]) => `<${tag}${formatAttributes(attrs)}/>`).join('')
  return (
    `<g transform="translate(${formatNumber(x)} ${formatNumber(y)}) scale(${scale})" fill="none"` +
    `${formatAttributes({ stroke: colour })} stroke-width="${formatNumber(strokeWidth)}" stroke-linecap="round"` +
    ` stroke-linejoin="round">${body}</g>`
  )
}

type Attributes = Readonly<Record<string, string | number | undefined>>

/** A childless element with escaped attribute values. */
export function drawElement(tag: string, attrs: Attributes): string {
  return `<${tag}${formatAttributes(attrs)}/>`
}

/** A text element; the content is escaped, never markup. */
export function drawText(content: string, attrs: Attributes): string {
  return `<text${formatAttributes(attrs)}>${escapeXml(content)}</text>`
}
