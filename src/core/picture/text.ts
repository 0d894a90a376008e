/**
 * Text measured without a font engine (core has none): the picture cuts and wraps labels with these estimates,
 * and both the canvas cards and the export draw those lines in the picture font (theme.ts font-picture), so a
 * label breaks in the same place on screen and in the file.
 */

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

/**
 * The text in at most `maxLines` lines of maxWidth, broken between words (a word longer than a line is cut);
 * the last line ends with an ellipsis when text is left over. Never an empty list.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, isBold = false, maxLines = 2): string[] {
  const fits = (line: string) => estimateTextWidth(line, fontSize, isBold) <= maxWidth
  if (fits(text) || maxLines <= 1) return [truncateText(text, maxWidth, fontSize, isBold)]
  const words = text.split(/\s+/).filter((w) => w !== '')
  const lines: string[] = []
  let current = ''
  let index = 0
  while (index < words.length && lines.length < maxLines - 1) {
    const word = words[index]
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) {
      current = candidate
      index++
    } else if (current) {
      lines.push(current)
      current = ''
    } else {
      // One word wider than a line: as much of it as fits, the rest starts the next line.
      const head = takeFitting(word, (part) => fits(part))
      lines.push(head)
      words[index] = word.slice(head.length)
    }
  }
  const rest = [current, ...words.slice(index)].filter((w) => w !== '').join(' ')
  if (rest) lines.push(truncateText(rest, maxWidth, fontSize, isBold))
  return lines.length > 0 ? lines : ['']
}

/** The longest prefix (at least one character) that fits. */
function takeFitting(word: string, fits: (part: string) => boolean): string {
  const chars = [...word]
  let count = 1
  while (count < chars.length && fits(chars.slice(0, count + 1).join(''))) count++
  return chars.slice(0, count).join('')
}
