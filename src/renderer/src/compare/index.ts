/**
 * compare/: Compare with…: another version of the design read beside the one on screen; its differences drawn
 * over the canvas (added, changed, removed as ghosts) and listed with the findings they change. Never edits
 * the design.
 *
 * Other folders import this folder only through this file (`@renderer/compare`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './CompareOverlay'
export * from './ComparePanel'
export * from './compareState'
