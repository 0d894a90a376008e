/**
 * Every limit a design must respect, stated once: the parser enforces these, the app and the CLI word their
 * refusals with the same sentences, and docs/format.md ("Limits and refusals") lists them. A test holds the
 * document to these numbers.
 */

export const LIMITS = {
  /** UTF-8 bytes of a design file (or of the design inside a PNG, or of pasted text). */
  fileBytes: 50 * 1024 * 1024,
  /** Components (nodes, zones included). */
  nodes: 50_000,
  /** Connections (edges). */
  edges: 100_000,
  /** Objects and arrays inside one another; a design needs 5. */
  nesting: 64,
  /** |x| and |y| of a position: beyond this a picture cannot be drawn (an SVG of width "Infinity"). */
  coordinate: 10_000_000,
  /** Characters (code points) of the design's name, a label, a rule id in a suppression. */
  nameChars: 200,
  labelChars: 200,
  /** Characters of the description and of a suppression's reason. */
  textChars: 10_000,
} as const

/**
 * A whole count with thousands separators ("50,000"), as toLocaleString('en-US') writes it, without Intl:
 * the first Intl call loads ICU data (tens of ms), and this sentence is built when the module loads, on every
 * CLI start.
 */
export function formatCount(count: number): string {
  const digits = String(Math.abs(Math.round(count)))
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, ',')
  return count < 0 ? `-${grouped}` : grouped
}

/** The one sentence that states the size limits, wherever a size is refused. */
export const SIZE_LIMITS_SENTENCE =
  `Archsight opens designs of up to ${LIMITS.fileBytes / (1024 * 1024)} MB, ` +
  `${formatCount(LIMITS.nodes)} components and ${formatCount(LIMITS.edges)} connections`

export function describeFileTooLarge(bytes: number): string {
  return `The file is ${(bytes / (1024 * 1024)).toFixed(1)} MB; ${SIZE_LIMITS_SENTENCE}`
}

export function describeTooMany(count: number, what: 'components' | 'connections'): string {
  return `the design has ${formatCount(count)} ${what}; ${SIZE_LIMITS_SENTENCE}`
}
