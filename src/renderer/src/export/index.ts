/**
 * export/: PNG, SVG and JSON export: the dialog, its settings, rasterising core's SVG, copy as PNG.
 *
 * Other folders import this folder only through this file (`@renderer/export`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './ExportDialog'
export * from './ExportMenu'
export * from './copyMermaid'
export * from './exportCommands'
export * from './exportDialogState'
export * from './useSvgUrl'
