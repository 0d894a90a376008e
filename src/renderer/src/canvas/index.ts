/**
 * canvas/: The diagram: React Flow with the cards, zones and edges that core/picture describes, the heat view,
 * dropping and placing components, the empty state.
 *
 * Other folders import this folder only through this file (`@renderer/canvas`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './Canvas'
export * from './paletteDrag'
export * from './useAddAtCentre'
export { useFitDesign } from './fitDesign'
