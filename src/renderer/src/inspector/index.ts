/**
 * inspector/: The right-hand panel: the selected node, edge or the design itself (name, workload), with its
 * properties and its findings.
 *
 * Other folders import this folder only through this file (`@renderer/inspector`); what it does not export is
 * internal. It may import only the folders below it in eslint.config.js (RENDERER_LAYERS), never one above.
 */
export * from './Inspector'
