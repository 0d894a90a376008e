/**
 * Fit leaves room for what floats over the canvas: the heat toggle (top right), the zoom controls (bottom
 * left) and the minimap (bottom right), so no card ends up under them. Never zooms past 100 %.
 */
export const FIT_OPTIONS = { maxZoom: 1, padding: { top: '64px', right: '40px', bottom: '150px', left: '72px' } } as const
