/** Display rounding (analysis.md: results are unrounded; displays show 3 significant figures). */

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 })

/** 3 significant figures with thousands separators: 23014.9 -> "23,000", 47.15 -> "47.2", 0 -> "0". */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '-∞' : '–'
  if (value === 0) return '0'
  return GROUPED.format(Number(value.toPrecision(3)))
}

/** A utilisation ratio as a percentage with 3 significant figures: 0.0990 -> "9.9 %", 1.2 -> "120 %". */
export function formatPercent(ratio: number): string {
  return `${formatFigure(ratio * 100)} %`
}

/** Requests per second, e.g. "4,760 req/s". */
export function formatRps(value: number): string {
  return `${formatFigure(value)} req/s`
}
