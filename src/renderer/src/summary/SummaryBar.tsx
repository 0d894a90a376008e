/**
 * The top bar's right-hand slot: write/read CAP chips, workload profile, peak requests/s and finding counts.
 * Owned by the analysis UI work; renders nothing until then.
 */
export function SummaryBar() {
  return <div className="summary-bar" data-testid="summary-bar" />
}
