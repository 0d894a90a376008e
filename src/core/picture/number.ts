/** Coordinates with at most two decimals keep path descriptions short and stable (the SVG file, the DOM). */
export function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
}
