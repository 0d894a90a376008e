/**
 * files/: Opening and saving documents: document actions, reading design files and PNGs with an embedded
 * design.
 *
 * Other folders import this folder only through this file (`@renderer/files`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './documentActions'
export * from './drawioImport'
export * from './openBytes'
