/**
 * The bottom panel: findings of the analysis, VS Code's problems panel style. Owned by the analysis UI work;
 * this placeholder holds the slot (the frame gives it a resizable, collapsible region).
 */
export function ProblemsPanel() {
  return (
    <div className="problems-panel" data-testid="problems-panel">
      <p className="muted">No analysis yet</p>
    </div>
  )
}
