/**
 * Fit leaves room for what floats over the canvas: the heat toggle (top right), the zoom controls (bottom
 * left) and the minimap (bottom right), so no card ends up under them. Never zooms past 100 %.
 */
export const FIT_PADDING = { top: 64, right: 40, bottom: 150, left: 72 } as const

const px = (value: number) => `${value}px` as const

export const FIT_OPTIONS = {
  maxZoom: 1,
  padding: { top: px(FIT_PADDING.top), right: px(FIT_PADDING.right), bottom: px(FIT_PADDING.bottom), left: px(FIT_PADDING.left) },
} as const
