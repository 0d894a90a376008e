import { ICONS } from './kindIcons'

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

/** Coordinates with at most two decimals keep the file small and diffs stable. */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
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

/**
 * An estimate of rendered width without a font engine (core has none): sans-serif advance widths average
 * ~0.56 em for Latin text, wide glyphs (CJK, emoji) a full em. Good enough to truncate before overflow.
 */
export function estimateTextWidth(text: string, fontSize: number, isBold = false): number {
  let ems = 0
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (
      code >= 0x1100 &&
      (code <= 0x115f ||
        (code >= 0x2e80 && code <= 0xa4cf) ||
        (code >= 0xac00 && code <= 0xd7a3) ||
        (code >= 0xf900 && code <= 0xfaff) ||
        (code >= 0xfe30 && code <= 0xfe4f) ||
        (code >= 0xff00 && code <= 0xff60) ||
        code >= 0x1f300)
    )
      ems += 1
    else if ("iljtf.,:;|!'` ".includes(char)) ems += 0.3
    else if ('mwMW@'.includes(char)) ems += 0.85
    else if (char >= 'A' && char <= 'Z') ems += 0.66
    else ems += 0.55
  }
  // Calibrated against Liberation Sans (Arial metrics) and a little wider, for Inter and system UI fonts.
  return ems * fontSize * (isBold ? 1.06 : 1) * 0.95
}

/** The text, shortened with an ellipsis so its estimated width fits maxWidth. */
export function truncateText(text: string, maxWidth: number, fontSize: number, isBold = false): string {
  if (estimateTextWidth(text, fontSize, isBold) <= maxWidth) return text
  const chars = [...text]
  let low = 0
  let high = chars.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    const candidate = chars.slice(0, mid).join('').trimEnd() + '…'
    if (estimateTextWidth(candidate, fontSize, isBold) <= maxWidth) low = mid
    else high = mid - 1
  }
  return chars.slice(0, low).join('').trimEnd() + '…'
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
