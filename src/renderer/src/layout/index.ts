/**
 * layout/: Auto-layout: ELK in a worker, the layout command and its button.
 *
 * Other folders import this folder only through this file (`@renderer/layout`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './AutoLayoutButton'
export * from './layoutCommand'
