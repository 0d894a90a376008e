/**
 * palette/: The component palette on the left: the catalogue's kinds and technologies as searchable, draggable
 * items. Adds components through the canvas's placement hook.
 *
 * Other folders import this folder only through this file (`@renderer/palette`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './Palette'
export * from './paletteItems'
