import { measureWidth, padEnd, padStart } from '../io'

export type Align = 'left' | 'right'

/** Rows as aligned columns, two spaces apart; the last column is not padded (long prose may follow). */
export function formatTable(rows: readonly (readonly string[])[], align: readonly Align[] = [], indent = '  '): string {
  if (rows.length === 0) return ''
  const columns = Math.max(...rows.map((r) => r.length))
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map((r) => measureWidth(r[c] ?? ''))))
  return (
    rows
      .map(
        (row) =>
          indent +
          row
            .map((cell, c) => {
              if (c === row.length - 1 && align[c] !== 'right') return cell
              return align[c] === 'right' ? padStart(cell, widths[c]) : padEnd(cell, widths[c])
            })
            .join('  ')
            .trimEnd(),
      )
      .join('\n') + '\n'
  )
}

// Made on first use: building a NumberFormat loads ICU data, which `lint` never needs.
let significant: Intl.NumberFormat | undefined
const SIGNIFICANT = {
  format: (value: number): string => (significant ??= new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 })).format(value),
}

/** Every number a person reads is rounded to 3 significant figures (analysis.md), with thousands separators. */
export function formatSignificant(value: number): string {
  return SIGNIFICANT.format(value)
}

export function formatPercentage(ratio: number): string {
  return `${SIGNIFICANT.format(ratio * 100)} %`
}
