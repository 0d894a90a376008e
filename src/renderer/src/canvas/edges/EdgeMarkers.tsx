/** Arrowheads shared by every edge, coloured from the theme's CSS variables (one definition, not one per edge). */
export function EdgeMarkers() {
  return (
    <svg className="arch-edge-markers" aria-hidden="true" width="0" height="0">
      <defs>
        <marker id="arch-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="arch-arrow" />
        </marker>
        <marker id="arch-arrow-selected" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" className="arch-arrow is-selected" />
        </marker>
      </defs>
    </svg>
  )
}
