/** The picture: what the canvas and the export draw, computed once (ARCHITECTURE.md "One fact, one place"). */
export { buildPicture, createEdgePather, layoutEdges, NODE_OVERHANG, type CardPicture, type EdgePicture, type Picture, type PictureOptions, type ZonePicture } from './picture'
export { CARD_TEXT, countCopies, describeCard, getCardTitle, getCountWidth, getStackDepth, STACK_OFFSET, ZONE_TEXT, type CardFace } from './card'
export {
  CHIP,
  classifyHeat,
  collectMarks,
  formatHeatPercent,
  layoutChips,
  SPOF_RULES,
  type CardMarks,
  type Chip,
  type ChipKind,
  type Heat,
  type PictureAnalysis,
  type PictureMarks,
} from './marks'
export { ARROW, computeEdgePath, drawEdgeStroke, type EdgeRouteInput, type EdgeStroke } from './edgeGeometry'
export { createCurvePath, createRoutePath, stopBeforeStack, ROUTE_CORNER_RADIUS, type EdgePath, type Point } from './edgePath'
export { describePill, layoutPills, PILL, type EdgePill } from './pills'
export { estimateTextWidth, truncateText, wrapText } from './text'
export { formatThemeCss, SHARED_TOKENS, THEMES, type ThemeName, type ThemeToken, type ThemeTokens } from './theme'
export { PROFILE_LABELS } from './labels'
export {
  collectStateMarks,
  describeScenario,
  describeStateMark,
  getStateMark,
  STATE_ICONS,
  STATE_LABELS,
  type EdgeStateMark,
  type NodeState,
  type PictureScenario,
  type ScenarioMarks,
  type StateMark,
} from './scenario'
