// Auto-layout: design -> ELK graph -> positions. The engine (elkjs) is passed in; core never imports it.
export { buildElkGraph, expandSelection, ROOT_ID } from './buildElkGraph'
export { ROLE_PARTITIONS } from './ranks'
export type { EdgeRouting, LayoutDirection, LayoutOptions } from './buildElkGraph'
export { applyElkLayout, layoutDesign, layoutDesignWithRoutes } from './applyElkLayout'
export { readElkEdgeRoutes } from './readElkEdgeRoutes'
export type { EdgeRoute, EdgeRouteCurve, EdgeRoutes } from './readElkEdgeRoutes'
export type { ElkEdgeJson, ElkLayoutOptions, ElkNodeJson, ElkPointJson, LayoutEngine } from './elkTypes'
